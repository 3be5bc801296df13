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
import { RecordSigner } from './signing/record-signer';

export const MAX_RECORD_PDF_BYTES = 25 * 1024 * 1024;

// Renders a pending record, signs it and stores it, exactly once: the render (on a render thread)
// and the signature happen outside any transaction (slow CPU work), and the write checks under a
// row lock that no other run of this job (a retry after a crash, a duplicate) has issued it
// meanwhile. The SHA-256 stored and listed is of the signed file, the one downloaded.
@Injectable()
@HandlesJob(JobName.IssueRecord)
export class IssueRecordHandler implements JobHandler<JobName.IssueRecord> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly builder: RecordDataBuilder,
    private readonly renderer: PdfRenderer,
    private readonly signer: RecordSigner,
  ) {}

  async handle({ recordId }: JobPayloads[JobName.IssueRecord]): Promise<void> {
    const record = await this.dataSource.manager.findOne(ProcedureRecord, { where: { id: recordId } });
    if (!record || record.status === 'issued') return;
    // Whole seconds: the PDF signature's time (/M) has no finer unit, and must equal issuedAt.
    const issuedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const rendered = await this.renderer.renderRecord(await this.builder.build(record, issuedAt));
    const pdf = await this.signer.signRecordPdf(rendered, issuedAt);
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
