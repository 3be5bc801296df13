import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module';
import { DeadlinesController } from './deadlines.controller';
import { DeadlinesService } from './deadlines.service';

@Module({ imports: [RemindersModule], controllers: [DeadlinesController], providers: [DeadlinesService] })
export class DeadlinesModule {}
