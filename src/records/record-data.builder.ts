import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { gateStageLabel } from '../../workflows/labels';
import {
  RECORD_TITLES,
  recordCode,
  type IndicatorChart,
  type ItemObservation,
  type RecordData,
  type RecordKind,
} from '../../templates/record-data';
import { Agency } from '../agencies/agency.entity';
import { APP_CONFIG, AppConfig } from '../config/load-config';
import { Cycle } from '../cycles/cycle.entity';
import { DocumentVersion } from '../documents/store/document-version.entity';
import type { ContentByKind } from '../documents/content';
import { CycleEvent } from '../history/cycle-event.entity';
import { Indicator } from '../indicators/indicator.entity';
import { sexSeries } from '../indicators/indicator-series';
import { Measurement } from '../indicators/measurement.entity';
import { observationsOfCycle } from '../observations/observation-store';
import { toItemObservation } from '../observations/observation.view';
import { periodYear } from '../indicators/periods';
import { documentChain, visaChain } from './approval-chain';
import { EvidenceFile } from './evidence-file.entity';
import { ProcedureRecord } from './record.entity';

// Gathers what a record shows from the database: the frozen content, its approval chain from the
// history entries of that exact version (src/records/approval-chain.ts), the observations, the
// evidence.
@Injectable()
export class RecordDataBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async build(record: ProcedureRecord, issuedAt: Date): Promise<RecordData> {
    const manager = this.dataSource.manager;
    const cycle = await manager.findOneOrFail(Cycle, { where: { id: record.cycleId } });
    const agency = await manager.findOneOrFail(Agency, { where: { id: cycle.agencyId } });
    const events = await manager.find(CycleEvent, { where: { cycleId: cycle.id }, order: { seq: 'ASC' } });
    const base = {
      agency: { code: agency.code, name: agency.name, ministry: agency.ministry },
      year: cycle.year,
      record: {
        code: record.code,
        title: record.title,
        kind: record.kind,
        version: record.version,
        issuedAt: issuedAt.toISOString(),
      },
      verifyUrl: `${this.config.publicUrl}/verify/${record.documentSha256}`,
    };
    if (record.source.type === 'visa') {
      const { eventSeq, stage } = record.source;
      const visa = events.find((e) => e.seq === eventSeq);
      if (!visa) throw new Error(`Visación ${eventSeq} no encontrada`);
      const documents = visa.documents.map((d) => ({
        title: RECORD_TITLES[d.kind as RecordKind],
        code: recordCode(cycle.year, d.kind as RecordKind, d.version),
        version: d.version,
        sha256: d.sha256,
      }));
      return {
        ...base,
        document: {
          sha256: record.documentSha256,
          content: {
            stageTitle: gateStageLabel(stage),
            documents,
            expert: { name: visa.actorName ?? '—' },
            grantedAt: visa.at,
            comment: visa.comment ?? undefined,
          },
        },
        approvals: visaChain(eventSeq, events),
        observations: await this.observations(
          manager,
          cycle.id,
          events,
          visa.documents.map((d) => d.kind),
          eventSeq,
        ),
      };
    }

    const { documentId, documentVersion } = record.source;
    const version = await manager.findOneOrFail(DocumentVersion, { where: { documentId, version: documentVersion } });
    return {
      ...base,
      document: { sha256: version.sha256, version: documentVersion, content: version.content },
      approvals: documentChain({ kind: record.kind, version: documentVersion, sha256: version.sha256 }, events),
      observations: await this.observations(manager, cycle.id, events, [record.kind]),
      evidence: await this.evidence(manager, record, documentId),
      ...(record.kind === 'evaluation'
        ? {
            indicatorCharts: await this.indicatorCharts(
              manager,
              cycle,
              version.content as ContentByKind['evaluation'],
              issuedAt,
            ),
          }
        : {}),
    } as RecordData;
  }

  // Every return and denial of these documents, each with its observations on items and what
  // the authors answered (as it stands when the record is made).
  private async observations(
    manager: EntityManager,
    cycleId: string,
    events: CycleEvent[],
    kinds: string[],
    untilSeq = Number.MAX_SAFE_INTEGER,
  ): Promise<RecordData['observations']> {
    const rounds = events.filter(
      (e) =>
        (e.type === 'RETURN' || e.type === 'DENY_VISA') &&
        e.seq < untilSeq &&
        e.documents.some((d) => kinds.includes(d.kind)),
    );
    const items = new Map<number, ItemObservation[]>();
    if (rounds.some((e) => e.observations !== null)) {
      for (const o of await observationsOfCycle(manager, cycleId, kinds)) {
        const list = items.get(o.eventSeq) ?? [];
        list.push(toItemObservation(o));
        items.set(o.eventSeq, list);
      }
    }
    return rounds.map((e) => ({
      at: e.at,
      by: e.actorName ?? '—',
      role: e.type === 'RETURN' ? 'Jefatura de Servicio' : 'SERNAM, Red de Expertos',
      type: e.type as 'RETURN' | 'DENY_VISA',
      comment: e.comment ?? '',
      ...(items.has(e.seq) ? { items: items.get(e.seq) } : {}),
    }));
  }

  private async evidence(
    manager: EntityManager,
    record: ProcedureRecord,
    documentId: string,
  ): Promise<RecordData['evidence']> {
    if (record.kind !== 'activity-record' && record.kind !== 'progress-report') return undefined;
    const files = await manager.find(EvidenceFile, { where: { documentId }, order: { createdAt: 'ASC' } });
    // Only the files attached when this record was made: a later file makes a new record.
    return files
      .filter((f) => f.createdAt <= record.createdAt)
      .map((f) => ({ fileName: f.fileName, sha256: f.sha256, size: f.size, mediaType: f.mediaType }));
  }

  // The agency's indicators the evaluation cites, in the order cited, each with its values by
  // sex: only measurements recorded by the record's issue (the date it prints) and of periods
  // up to the evaluated year, so the chart shows what the report could speak about. Two
  // queries whatever the number of indicators.
  private async indicatorCharts(
    manager: EntityManager,
    cycle: Cycle,
    content: ContentByKind['evaluation'],
    issuedAt: Date,
  ): Promise<IndicatorChart[]> {
    const codes = [...new Set((content.indicatorResults ?? []).map((r) => r.indicatorCode))];
    if (codes.length === 0) return [];
    const indicators = await manager.find(Indicator, {
      select: { id: true, code: true, name: true, unit: true },
      where: { agencyId: cycle.agencyId, code: In(codes) },
    });
    if (indicators.length === 0) return [];
    const measurements = await manager.find(Measurement, {
      select: { indicatorId: true, period: true, women: true, men: true },
      where: { indicatorId: In(indicators.map((i) => i.id)), recordedAt: LessThanOrEqual(issuedAt) },
    });
    const byIndicator = new Map<string, Measurement[]>();
    for (const m of measurements) {
      if (periodYear(m.period) > cycle.year) continue;
      const list = byIndicator.get(m.indicatorId);
      if (list) list.push(m);
      else byIndicator.set(m.indicatorId, [m]);
    }
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    // A code cited with no indicator registered has nothing to chart; the results table
    // above the charts still shows what the officer wrote for it.
    return codes.flatMap((code) => {
      const indicator = byCode.get(code);
      if (!indicator) return [];
      const series = sexSeries(byIndicator.get(indicator.id) ?? []);
      return [{ code: indicator.code, name: indicator.name, unit: indicator.unit, ...series }];
    });
  }
}
