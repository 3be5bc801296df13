import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecordSignInHandler } from './record-sign-in.handler';
import { SecurityEvent } from './security-event.entity';
import { SecurityEventsService } from './security-events.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SecurityEvent])],
  providers: [RecordSignInHandler, SecurityEventsService],
  exports: [SecurityEventsService],
})
export class AuditModule {}
