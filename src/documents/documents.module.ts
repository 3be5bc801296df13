import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module';
import { RecordsModule } from '../records/records.module';
import { DocumentCheckService } from './document-check.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({
  imports: [HistoryModule, RecordsModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, DocumentCheckService],
  exports: [DocumentsService],
})
export class DocumentsModule {}
