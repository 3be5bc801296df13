import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { HistoryModule } from '../history/history.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RecordsModule } from '../records/records.module';
import { CycleTransitionsService } from './cycle-transitions.service';
import { CyclesController } from './cycles.controller';
import { CyclesService } from './cycles.service';

@Module({
  imports: [DocumentsModule, HistoryModule, RecordsModule, NotificationsModule],
  controllers: [CyclesController],
  providers: [CyclesService, CycleTransitionsService],
  exports: [CyclesService, CycleTransitionsService],
})
export class CyclesModule {}
