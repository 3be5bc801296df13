import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { cycleNotFound } from '../cycles/cycle-lock';
import { Cycle } from '../cycles/cycle.entity';
import { DocumentsService } from '../documents/documents.service';
import { Indicator } from './indicator.entity';
import { MeasurementView, toMeasurementView } from './indicator.views';
import { Measurement } from './measurement.entity';
import { periodYear } from './periods';
import { resultText } from './result-text';

export interface IndicatorResultDraft {
  indicatorCode: string;
  result: string | null;
  /** Left for the officer to write. */
  analysis: string;
  indicatorId: string | null;
  measurement: MeasurementView | null;
  /** Why there is no result to offer, in Spanish. */
  missing: string | null;
}

// The evaluation's indicator results pre-filled from the measurements of the cycle's year, one
// per indicator of the current plan (cited by code).
@Injectable()
export class IndicatorResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
  ) {}

  async prefill(cycleId: string): Promise<{ year: number; indicatorResults: IndicatorResultDraft[] }> {
    const manager = this.dataSource.manager;
    const cycle = await manager.findOne(Cycle, { where: { id: cycleId } });
    if (!cycle) throw cycleNotFound();
    const plan = (await this.documents.currentContents(manager, cycleId)).plan;
    const codes = (plan?.indicators ?? []).map((i) => i.code);
    const indicators = codes.length
      ? await manager.find(Indicator, { where: { agencyId: cycle.agencyId, code: In(codes) } })
      : [];
    const latest = await this.latestOfYear(
      indicators.map((i) => i.id),
      cycle.year,
    );
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    return {
      year: cycle.year,
      indicatorResults: codes.map((code) => {
        const indicator = byCode.get(code);
        const measurement = indicator ? latest.get(indicator.id) : undefined;
        if (!indicator || !measurement) {
          return {
            indicatorCode: code,
            result: null,
            analysis: '',
            indicatorId: indicator?.id ?? null,
            measurement: null,
            missing: indicator
              ? `El indicador ${code} no tiene mediciones de ${cycle.year}.`
              : `No hay un indicador registrado con el código ${code}.`,
          };
        }
        const view = toMeasurementView(indicator, measurement);
        return {
          indicatorCode: code,
          result: resultText(indicator.unit, indicator.convention, view),
          analysis: '',
          indicatorId: indicator.id,
          measurement: view,
          missing: null,
        };
      }),
    };
  }

  // The last period of the year per indicator ('2027' or its latest semester, quarter or month).
  private async latestOfYear(indicatorIds: string[], year: number): Promise<Map<string, Measurement>> {
    if (indicatorIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(Measurement)
      .createQueryBuilder('m')
      .distinctOn(['m.indicator_id'])
      .where('m.indicator_id IN (:...indicatorIds) AND left(m.period, 4) = :year', {
        indicatorIds,
        year: String(year),
      })
      .orderBy('m.indicator_id')
      .addOrderBy('m.period', 'DESC')
      .getMany();
    return new Map(rows.filter((m) => periodYear(m.period) === year).map((m) => [m.indicatorId, m]));
  }
}
