import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';

@Module({ controllers: [InboxController], providers: [InboxService, Clock], exports: [InboxService] })
export class InboxModule {}
