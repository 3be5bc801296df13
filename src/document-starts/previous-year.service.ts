import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DOCUMENT_LABELS } from '../documents/completeness';
import { isSingletonKind } from '../documents/documents.service';
import { CycleDocument } from '../documents/store/cycle-document.entity';
import { DocumentVersion } from '../documents/store/document-version.entity';
import { cycleNotFound } from '../cycles/cycle-lock';
import { Cycle } from '../cycles/cycle.entity';
import { notFound } from '../common/errors/domain.exception';

export interface PreviousYearDocument {
  year: number;
  version: number;
  grantedAt: string;
  content: unknown;
}

const documentNotFound = () => notFound('DOCUMENT_NOT_FOUND', 'El documento indicado no existe en este ciclo');

// The guide's documents are updates of last year's: the starting point is the version SERNAM
// gave its visa to (V°B°), not whatever draft came after it. The previous year is the cycle this
// one was linked to when it was created (the one the evaluation's completeness reads too).
@Injectable()
export class PreviousYearService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async latestVisaGranted(cycleId: string, kind: string): Promise<PreviousYearDocument> {
    if (!isSingletonKind(kind)) throw documentNotFound();
    const manager = this.dataSource.manager;
    const cycle = await manager.findOne(Cycle, {
      where: { id: cycleId },
      select: { id: true, year: true, previousCycleId: true },
    });
    if (!cycle) throw cycleNotFound();
    const label = DOCUMENT_LABELS[kind];
    if (!cycle.previousCycleId) {
      throw notFound(
        'NO_PREVIOUS_VERSION',
        `No hay un ciclo ${cycle.year - 1} de este servicio del cual partir «${label}».`,
      );
    }
    // Each GRANT_VISA entry of the history names the frozen versions it covers.
    const [granted] = await manager.query<{ version: number; at: string; year: number }[]>(
      `SELECT (ref->>'version')::int AS version, e.at, c.year
         FROM cycle_events e
         JOIN cycles c ON c.id = e.cycle_id
         CROSS JOIN LATERAL jsonb_array_elements(e.documents) AS ref
        WHERE e.cycle_id = $1 AND e.type = 'GRANT_VISA' AND ref->>'kind' = $2
        ORDER BY e.seq DESC
        LIMIT 1`,
      [cycle.previousCycleId, kind],
    );
    if (!granted) {
      throw notFound(
        'NO_PREVIOUS_VERSION',
        `«${label}» de ${cycle.year - 1} no tiene una versión visada por SERNAM de la cual partir.`,
      );
    }
    const version = await manager
      .createQueryBuilder(DocumentVersion, 'v')
      .innerJoin(CycleDocument, 'd', 'd.id = v.document_id')
      .where('d.cycle_id = :cycleId AND d.kind = :kind AND v.version = :version', {
        cycleId: cycle.previousCycleId,
        kind,
        version: granted.version,
      })
      .getOne();
    if (!version) {
      throw notFound(
        'NO_PREVIOUS_VERSION',
        `«${label}» de ${cycle.year - 1} no tiene una versión visada por SERNAM de la cual partir.`,
      );
    }
    return { year: granted.year, version: version.version, grantedAt: granted.at, content: version.content };
  }
}
