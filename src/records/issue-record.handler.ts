import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sha256Hex } from '../common/canonical-json';
import { HandlesJob, JobHandler } from '../jobs/job-handler';
import { JobName, JobPayloads } from '../jobs/job-names';
import { PdfRenderer } from './pdf-renderer';
import { RecordDataBuilder } from './record-data.builder';
import { RecordFile } from './record-file.entity';
import { ProcedureRecord } from './record.entity';

export const MAX_RECORD_PDF_BYTES = 25 * 1024 * 1024;

// Renders a pending record and stores it, exactly once: the render happens outside any
// transaction (it is slow CPU work, done on a render thread), and the write checks under a row lock that no other run
// of this job (a retry after a crash, a duplicate) has issued it meanwhile.
@Injectable()
@HandlesJob(JobName.IssueRecord)
export class IssueRecordHandler implements JobHandler<JobName.IssueRecord> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly builder: RecordDataBuilder,
    private readonly renderer: PdfRenderer,
  ) {}

  async handle({ recordId }: JobPayloads[JobName.IssueRecord]): Promise<void> {
    const record = await this.dataSource.manager.findOne(ProcedureRecord, { where: { id: recordId } });
    if (!record || record.status === 'issued') return;
    const issuedAt = new Date();
    const pdf = await this.renderer.renderRecord(await this.builder.build(record, issuedAt));
    if (pdf.length > MAX_RECORD_PDF_BYTES)
      throw new Error(`El registro ${record.code} excede ${MAX_RECORD_PDF_BYTES} bytes`);
    await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOne(ProcedureRecord, {
        where: { id: recordId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!locked || locked.status === 'issued') return;
      await manager.insert(RecordFile, { recordId, bytes: pdf });
      await manager.update(
        ProcedureRecord,
        { id: recordId },
        { status: 'issued', pdfSha256: sha256Hex(pdf), pdfSize: pdf.length, issuedAt },
      );
    });
  }
}
