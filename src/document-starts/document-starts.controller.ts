import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { ApiErrors } from '../common/errors/error.responses';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { DOCUMENT_KIND_PARAM } from '../documents/document.responses';
import { EvaluationPrefillResponse, PreviousYearDocumentResponse } from './document-starts.responses';
import { EvaluationPrefillService } from './evaluation-prefill.service';
import { PreviousYearService } from './previous-year.service';

// Where a document can start from: last year's visa-granted version, or for the evaluation what
// the plan, the indicators and last year's commitments already say. Both only read; the editor
// offers them as unsaved changes. Read as the documents are.
@ApiTags('documentos')
@ApiBearerAuth()
@Controller('cycles/:cycleId/documents')
export class DocumentStartsController {
  constructor(
    private readonly previousYear: PreviousYearService,
    private readonly evaluation: EvaluationPrefillService,
  ) {}

  @Get('evaluation/prefill')
  @UsePolicy('documents.read')
  @ApiOkResponse({
    description: 'El contenido propuesto y lo que no se pudo completar',
    type: EvaluationPrefillResponse,
  })
  @ApiErrors(401, 403, 404)
  evaluationPrefill(@Param('cycleId', UuidParam) cycleId: string) {
    return this.evaluation.prefill(cycleId);
  }

  @Get(':kind/previous-year')
  @UsePolicy('documents.read')
  @ApiOkResponse({
    description: 'La versión visada del año anterior, con su contenido',
    type: PreviousYearDocumentResponse,
  })
  @DOCUMENT_KIND_PARAM
  @ApiErrors(401, 403, 404)
  previous(@Param('cycleId', UuidParam) cycleId: string, @Param('kind') kind: string) {
    return this.previousYear.latestVisaGranted(cycleId, kind);
  }
}
