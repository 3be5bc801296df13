import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { CyclesModule } from '../cycles/cycles.module';
import { DocumentsModule } from '../documents/documents.module';
import { InboxModule } from '../inbox/inbox.module';
import { UsersModule } from '../users/users.module';
import { DemoCycles } from './demo-cycles';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [UsersModule, AgenciesModule, CyclesModule, DocumentsModule, InboxModule],
  providers: [DemoSeedService, DemoCycles],
})
export class DemoModule {}
