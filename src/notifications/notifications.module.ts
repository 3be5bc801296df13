import { Module } from '@nestjs/common';
import { Mailer } from './mail/mailer';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { NotifyWorkflowEventHandler } from './notify-workflow-event.handler';
import { WorkflowNotifier } from './workflow-notifier';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, Mailer, WorkflowNotifier, NotifyWorkflowEventHandler],
  exports: [WorkflowNotifier],
})
export class NotificationsModule {}
