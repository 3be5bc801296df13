import { DynamicModule, Global, Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay.service';
import { OutboxService } from './outbox.service';

// Every process can write to the outbox; the API processes relay it to the queue.
@Global()
@Module({})
export class OutboxModule {
  static forRoot(relay: boolean): DynamicModule {
    return {
      module: OutboxModule,
      providers: [OutboxService, ...(relay ? [OutboxRelay] : [])],
      exports: [OutboxService, ...(relay ? [OutboxRelay] : [])],
    };
  }
}
