import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { Mailer } from '../notifications/mail/mailer';
import { CommitmentReminderHandler } from './commitment-reminder.handler';
import { DeadlineReminderHandler } from './deadline-reminder.handler';
import { ReminderDelivery } from './reminder-delivery.service';
import { ReminderScheduler } from './reminder-scheduler.service';
import { ReminderSweepHandler } from './reminder-sweep.handler';

@Module({
  providers: [
    Clock,
    Mailer,
    ReminderDelivery,
    ReminderScheduler,
    ReminderSweepHandler,
    DeadlineReminderHandler,
    CommitmentReminderHandler,
  ],
  exports: [ReminderScheduler, Clock],
})
export class RemindersModule {}
