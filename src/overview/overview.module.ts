import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module';
import { OverviewController } from './overview.controller';
import { OverviewService } from './overview.service';

@Module({ imports: [RemindersModule], controllers: [OverviewController], providers: [OverviewService] })
export class OverviewModule {}
