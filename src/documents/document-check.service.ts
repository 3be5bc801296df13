import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SINGLETON_DOCUMENT_KINDS, type DocumentKind } from '../../workflows/document-kinds';
import { badRequest, notFound } from '../common/errors/domain.exception';
import { cycleNotFound } from '../cycles/cycle-lock';
import { Cycle } from '../cycles/cycle.entity';
import { DOCUMENT_LABELS, SUBMISSIONS, submissionProblems, type Problem } from './completeness';
import { validateContent } from './content';
import { labelledPath } from './content/field-path';
import type { CompletenessProblemResponse, DocumentCheckResponse } from './document-check.responses';
import { DocumentsService, isSingletonKind } from './documents.service';

const isKind = (value: string): value is DocumentKind =>
  (SINGLETON_DOCUMENT_KINDS as readonly string[]).includes(value);

// "Revisar" in the form: the checks a SUBMIT of this document's submission runs (the same
// function, on the same cycle's documents), with what the person typed standing in for the saved
// version of this one. Reads only: nothing is saved, nothing is sent.
@Injectable()
export class DocumentCheckService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
  ) {}

  async check(cycleId: string, kind: string, typed: unknown): Promise<DocumentCheckResponse> {
    if (!isSingletonKind(kind)) throw notFound('DOCUMENT_NOT_FOUND', 'El documento indicado no existe en este ciclo');
    let content: unknown;
    if (typed !== undefined) {
      const validated = validateContent(kind, typed);
      if (!validated.ok)
        throw badRequest('VALIDATION_FAILED', 'El contenido del documento no es válido', { fields: validated.errors });
      // As a save would store it: plain JSON.
      content = JSON.parse(JSON.stringify(validated.value)) as unknown;
    }
    const manager = this.dataSource.manager;
    const cycle = await manager.findOne(Cycle, { where: { id: cycleId } });
    if (!cycle) throw cycleNotFound();
    const contents = await this.documents.currentContents(manager, cycleId);
    if (content !== undefined) (contents as Record<string, unknown>)[kind] = content;
    const kinds = SUBMISSIONS.find((s) => s.kinds.includes(kind))?.kinds ?? [kind];
    const previous = await this.documents.previousFollowUpProgramme(manager, cycle.previousCycleId);
    const problems = submissionProblems(kinds, contents, previous);
    return {
      complete: problems.length === 0,
      problems: problems.map((p) => describe(p, kind, contents as Partial<Record<string, unknown>>)),
    };
  }
}

// 'plan.measures[2].year' → kind 'plan', label "Medidas › M-3 › Año" (item ids read from the content).
function describe(problem: Problem, checked: DocumentKind, contents: Partial<Record<string, unknown>>) {
  const [head = ''] = problem.path.split(/[.[]/, 1);
  const kind = isKind(head) ? head : checked;
  const inside = problem.path.startsWith(head) ? problem.path.slice(head.length).replace(/^\./, '') : problem.path;
  const label = inside === '' ? DOCUMENT_LABELS[kind] : labelledPath(contents[kind], inside);
  return { path: problem.path, kind, label, message: problem.message } satisfies CompletenessProblemResponse;
}
