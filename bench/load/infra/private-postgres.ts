import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type StopMode = 'fast' | 'immediate';

// The cluster of one load run, in a temporary folder on a fixed port, so that the run can stop
// and restart it without touching the machine's shared PostgreSQL that other sessions use.
export class PrivatePostgres {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly bin: string,
    private readonly owner: { uid: number; gid: number } | null,
  ) {}

  static async create(port: number, binDir = findBinDir()): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'enfoque-load-pg-'));
    // PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
    const owner = process.getuid?.() === 0 ? systemUser('postgres') : null;
    if (owner) chownSync(dir, owner.uid, owner.gid);
    const cluster = new PrivatePostgres(port, dir, binDir, owner);
    await cluster.run('initdb', [
      '-D',
      cluster.dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    writeFileSync(
      join(cluster.dataDir, 'postgresql.auto.conf'),
      [
        `port = ${port}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        'max_connections = 100',
        'logging_collector = off',
      ].join('\n') + '\n',
    );
    if (owner) chownSync(join(cluster.dataDir, 'postgresql.auto.conf'), owner.uid, owner.gid);
    await cluster.start();
    return cluster;
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    await this.run('pg_ctl', ['-D', this.dataDir, '-l', join(this.dir, 'server.log'), '-w', '-t', '60', 'start']);
  }

  /** fast: sessions are ended and a checkpoint written; immediate: as if the server crashed. */
  async stop(mode: StopMode): Promise<void> {
    await this.run('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
  }

  get running(): boolean {
    return existsSync(join(this.dataDir, 'postmaster.pid'));
  }

  log(): string {
    return existsSync(join(this.dir, 'server.log')) ? readFileSync(join(this.dir, 'server.log'), 'utf8') : '';
  }

  async destroy(): Promise<void> {
    if (this.running) {
      try {
        await this.stop('immediate');
      } catch {
        // already gone
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  // Asynchronous, so that the load generator keeps measuring while the server stops or starts.
  private run(program: string, args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      execFile(
        join(this.bin, program),
        args,
        {
          cwd: this.dir,
          encoding: 'utf8',
          ...(this.owner ? { uid: this.owner.uid, gid: this.owner.gid } : {}),
          env: { PATH: process.env.PATH ?? '', LC_ALL: 'C.UTF-8' },
        },
        (error, stdout, stderr) => {
          if (error) reject(new Error(`${program} ${args.join(' ')}: ${stderr}${stdout}\n${this.log().slice(-2000)}`));
          else resolve();
        },
      );
    });
  }
}

// The newest server binaries installed by the distribution, or LOAD_PG_BIN.
function findBinDir(): string {
  if (process.env.LOAD_PG_BIN) return process.env.LOAD_PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error('No se encontró pg_ctl: defina LOAD_PG_BIN');
  return join(root, versions[0], 'bin');
}

function systemUser(name: string): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
  return { uid, gid };
}
