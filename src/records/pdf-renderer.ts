import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { MasterListData } from '../../templates/master-list.template';
import type { RecordData } from '../../templates/record-data';
import { RenderPool } from '../../templates/render-pool';
import { APP_CONFIG, AppConfig } from '../config/load-config';

// Every PDF the API or a worker makes goes through here: on RENDER_THREADS worker threads, never
// on the event loop. The threads end with the application (SIGTERM: src/shutdown.ts closes it),
// after the renders under way.
@Injectable()
export class PdfRenderer implements OnApplicationShutdown {
  private readonly pool: RenderPool;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new RenderPool(config.renderThreads);
  }

  renderRecord(data: RecordData): Promise<Buffer> {
    return this.pool.renderRecord(data);
  }

  renderMasterList(data: MasterListData): Promise<Buffer> {
    return this.pool.renderMasterList(data);
  }

  onApplicationShutdown(): Promise<void> {
    return this.pool.close();
  }
}
