import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Commitment } from '../commitments/commitment.entity';
import { cycleNotFound } from '../cycles/cycle-lock';
import { Cycle } from '../cycles/cycle.entity';
import { DocumentsService } from '../documents/documents.service';
import { IndicatorResultsService } from '../indicators/indicator-results.service';
import { buildEvaluationPrefill, type EvaluationPrefillContent } from './evaluation-prefill';

export interface EvaluationPrefill {
  year: number;
  previousYear: number | null;
  content: EvaluationPrefillContent;
  notes: string[];
}

// Gathers what the evaluation's pre-fill is made of: this cycle's plan and indicator results, and
// the previous year's follow-up programme (the one the evaluation's completeness checks against)
// with the statuses of the commitments tracker.
@Injectable()
export class EvaluationPrefillService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly indicatorResults: IndicatorResultsService,
  ) {}

  async prefill(cycleId: string): Promise<EvaluationPrefill> {
    const manager = this.dataSource.manager;
    const cycle = await manager.findOne(Cycle, { where: { id: cycleId } });
    if (!cycle) throw cycleNotFound();
    const [plan, results, previous] = await Promise.all([
      this.documents.currentContents(manager, cycleId).then((contents) => contents.plan),
      this.indicatorResults.prefill(cycleId),
      this.previousYear(manager, cycle),
    ]);
    const { content, notes } = buildEvaluationPrefill({
      plan,
      indicatorResults: results.indicatorResults,
      previousProgramme: previous.programme,
      tracked: previous.tracked,
    });
    return { year: cycle.year, previousYear: previous.year, content, notes };
  }

  private async previousYear(manager: EntityManager, cycle: Cycle) {
    if (!cycle.previousCycleId) return { year: null, programme: null, tracked: new Map() };
    const [contents, commitments, previousCycle] = await Promise.all([
      this.documents.currentContents(manager, cycle.previousCycleId),
      manager.find(Commitment, {
        where: { cycleId: cycle.previousCycleId },
        select: { itemId: true, status: true, justification: true },
      }),
      manager.findOne(Cycle, { where: { id: cycle.previousCycleId }, select: { id: true, year: true } }),
    ]);
    return {
      year: previousCycle?.year ?? null,
      programme: contents['follow-up-programme'] ?? null,
      tracked: new Map(commitments.map((c) => [c.itemId, { status: c.status, justification: c.justification }])),
    };
  }
}
