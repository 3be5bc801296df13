import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { RemindersModule } from '../reminders/reminders.module';
import { CommitmentsController } from './commitments.controller';
import { CommitmentsService } from './commitments.service';
import { SyncCommitmentsHandler } from './sync-commitments.handler';

@Module({
  imports: [DocumentsModule, RemindersModule],
  controllers: [CommitmentsController],
  providers: [CommitmentsService, SyncCommitmentsHandler],
})
export class CommitmentsModule {}
