import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';

/** What a dossier reads of a stored file at a time: one query, one slice. */
export const SLICE_BYTES = 1024 * 1024;

export type StoredFileKind = 'record' | 'evidence';

// Both tables are append-only (triggers), so slices read by separate queries are of the same bytes.
const SLICE_SQL: Readonly<Record<StoredFileKind, string>> = {
  record: 'SELECT substring(bytes FROM $2 FOR $3) AS slice FROM record_files WHERE record_id = $1',
  evidence: 'SELECT substring(bytes FROM $2 FOR $3) AS slice FROM evidence_files WHERE id = $1',
};

// The bytes of stored files (record PDFs, evidence) read a slice at a time, so that whoever streams
// them holds one slice, not the file, and no query runs long or holds a connection meanwhile.
@Injectable()
export class StoredFiles {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Bytes [offset, offset + length) of a stored file: fewer at its end, none past it. */
  async slice(kind: StoredFileKind, id: string, offset: number, length: number): Promise<Buffer> {
    const rows = await this.dataSource.query<{ slice: Buffer }[]>(SLICE_SQL[kind], [id, offset + 1, length]);
    if (rows.length === 0) throw new Error(`No existe el archivo guardado ${kind} ${id}`);
    return rows[0].slice;
  }

  /** The file as a stream that reads its next slice only when the previous one was taken. */
  stream(kind: StoredFileKind, id: string): Readable {
    let offset = 0;
    const stream = new Readable({
      highWaterMark: SLICE_BYTES,
      read: () => {
        this.slice(kind, id, offset, SLICE_BYTES).then(
          (bytes) => {
            offset += bytes.length;
            if (bytes.length > 0) stream.push(bytes);
            if (bytes.length < SLICE_BYTES) stream.push(null);
          },
          (error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))),
        );
      },
    });
    return stream;
  }
}
