import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module';
import { DossierSlots } from './dossier-slots';
import { DossierService } from './dossier.service';
import { EvidenceService } from './evidence.service';
import { IssueRecordHandler } from './issue-record.handler';
import { PdfRenderer } from './pdf-renderer';
import { PendingRecordsSweeper } from './pending-records.sweeper';
import { RecordDataBuilder } from './record-data.builder';
import { RecordsPlanner } from './records-planner.service';
import { RecordsController } from './records.controller';
import { RecordsService } from './records.service';
import { StoredFiles } from './stored-files';
import { RecordSigner, signingIdentityProvider } from './signing/record-signer';
import { VerifyController } from './verify.controller';

@Module({
  imports: [HistoryModule],
  controllers: [RecordsController, VerifyController],
  providers: [
    RecordsService,
    RecordsPlanner,
    RecordDataBuilder,
    IssueRecordHandler,
    EvidenceService,
    DossierService,
    DossierSlots,
    StoredFiles,
    PdfRenderer,
    PendingRecordsSweeper,
    signingIdentityProvider,
    RecordSigner,
  ],
  exports: [RecordsPlanner],
})
export class RecordsModule {}
