import { join } from 'node:path';
import Piscina from 'piscina';
import type { MasterListData } from './master-list.template';
import type { RecordData } from './record-data';
import type { RenderTask } from './render-thread';

// pdfmake lays a document out synchronously: a 440-activity work programme is seconds of CPU, and
// on the event loop it would stall every request of the API (or the job locks of a worker) while
// it lasts. Records are rendered instead on a few worker threads (piscina: a queue in front of a
// fixed set of threads, which it restarts if one dies), started at the first render.
//
// From dist/ the thread loads the compiled render-thread.js. From the sources (Jest, ts-node) there
// is no compiled file beside this one: the thread registers ts-node and loads render-thread.ts.
const FROM_SOURCES = __filename.endsWith('.ts');
const THREAD_FILE = join(__dirname, FROM_SOURCES ? 'render-thread.ts' : 'render-thread.js');
const THREAD_EXEC_ARGV = FROM_SOURCES ? ['--require', require.resolve('ts-node/register/transpile-only')] : [];

export class RenderPool {
  private pool: Piscina<RenderTask, Uint8Array> | null = null;
  private closed = false;

  constructor(private readonly threads = 1) {}

  /** The same PDF as renderRecord() of templates/render.ts, made on a render thread. */
  renderRecord(data: RecordData): Promise<Buffer> {
    return this.run({ kind: 'record', data });
  }

  renderMasterList(data: MasterListData): Promise<Buffer> {
    return this.run({ kind: 'master-list', data });
  }

  /** Lets the renders under way finish, then stops the threads; later renders are refused. */
  async close(): Promise<void> {
    this.closed = true;
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }

  private async run(task: RenderTask): Promise<Buffer> {
    if (this.closed) throw new Error('El servicio de generación de PDF está cerrado');
    this.pool ??= new Piscina<RenderTask, Uint8Array>({
      filename: THREAD_FILE,
      execArgv: THREAD_EXEC_ARGV,
      minThreads: this.threads,
      maxThreads: this.threads,
      // Renders are background work: on a busy CPU, requests go first (nice +10 for the threads,
      // through piscina's optional @napi-rs/nice; without it, where it does not exist, no change).
      niceIncrement: 10,
    });
    // The thread's Buffer arrives as a plain Uint8Array (a copy): the same bytes, as a Buffer again.
    const bytes = await this.pool.run(task);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}
