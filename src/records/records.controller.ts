import {
  Controller,
  Get,
  Header,
  HttpStatus,
  Param,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { bodyFor, RETRY_AFTER_SECONDS } from '../common/errors/all-exceptions.filter';
import { DomainException } from '../common/errors/domain.exception';
import { ApiErrors } from '../common/errors/error.responses';
import { ApiFileResponse } from '../common/http/api-schema';
import { EvidenceFileResponse, RecordResponse } from './record.responses';
import { ALLOWED_MEDIA_TYPES } from './evidence-type';
import type { Response } from 'express';
import { AgencyScope, CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import type { Principal, ScopeInAgency } from '../auth/principal';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { DOSSIER_RETRY_AFTER_SECONDS, DossierSlots } from './dossier-slots';
import { DossierService } from './dossier.service';
import { EvidenceService, MAX_EVIDENCE_BYTES, type UploadedFile as Upload } from './evidence.service';
import { RecordsService } from './records.service';
import {
  EVIDENCE_TYPE_NAMES,
  MAX_CYCLE_EVIDENCE_SIZE_TEXT,
  MAX_EVIDENCE_SIZE_TEXT,
} from '../../workflows/evidence-rules';

// Browsers send a file's name as raw UTF-8; busboy would read it as latin1 ("reuniÃ³n").
const UPLOAD = FileInterceptor('file', {
  defParamCharset: 'utf8',
  limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 5, parts: 10 },
});

const EVIDENCE_BODY = {
  description: `Un archivo ${EVIDENCE_TYPE_NAMES}, de hasta ${MAX_EVIDENCE_SIZE_TEXT}; los medios de verificación de un ciclo suman a lo más ${MAX_CYCLE_EVIDENCE_SIZE_TEXT} (si no cabe: 413 CYCLE_EVIDENCE_FULL)`,
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', description: 'El archivo que se adjunta' } },
  },
} as const;

// RFC 6266: an ASCII fallback and the UTF-8 name for browsers that read it.
export function attachment(response: Response, fileName: string, type: string): void {
  response.setHeader('Content-Type', type);
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
}

@ApiTags('registros')
@ApiBearerAuth()
@Controller()
export class RecordsController {
  constructor(
    private readonly records: RecordsService,
    private readonly evidence: EvidenceService,
    private readonly dossier: DossierService,
    private readonly dossierSlots: DossierSlots,
  ) {}

  @Get('cycles/:cycleId/records')
  @UsePolicy('records.read')
  @ApiOkResponse({ description: 'Los registros del ciclo', type: [RecordResponse] })
  @ApiErrors(401, 403, 404)
  list(@Param('cycleId', UuidParam) cycleId: string) {
    return this.records.list(cycleId);
  }

  @Get('records/:recordId/pdf')
  @UsePolicy('records.download')
  @ApiFileResponse('El PDF del registro; su SHA-256 viene en X-Content-SHA256', ['application/pdf'])
  @ApiErrors(401, 403, 404, 409)
  async pdf(@Param('recordId', UuidParam) recordId: string, @Res({ passthrough: true }) response: Response) {
    const { record, bytes } = await this.records.pdf(recordId);
    attachment(response, `${record.code}.pdf`, 'application/pdf');
    response.setHeader('X-Content-SHA256', record.pdfSha256 ?? '');
    return new StreamableFile(bytes);
  }

  @Get('cycles/:cycleId/dossier')
  @UsePolicy('records.dossier')
  @ApiFileResponse(
    `El expediente del ciclo: un ZIP con sus registros y medios de verificación (a lo más ${MAX_CYCLE_EVIDENCE_SIZE_TEXT}), enviado a medida que se arma`,
    ['application/zip'],
  )
  @Header('Cache-Control', 'no-store')
  @ApiErrors(401, 403, 404, 503)
  async download(@Param('cycleId', UuidParam) cycleId: string, @Res({ passthrough: true }) response: Response) {
    const release = this.dossierSlots.take();
    if (!release) {
      response.setHeader('Retry-After', String(DOSSIER_RETRY_AFTER_SECONDS));
      throw new DomainException(
        HttpStatus.SERVICE_UNAVAILABLE,
        'DOSSIERS_BUSY',
        'Se están preparando otros expedientes en este momento; intente nuevamente en unos segundos',
      );
    }
    // The slot is held until the ZIP is sent, the client leaves or the request fails.
    response.once('close', release);
    const { fileName, stream } = await this.dossier.build(cycleId);
    attachment(response, fileName, 'application/zip');
    return new StreamableFile(stream).setErrorHandler((error) => {
      if (response.destroyed) return;
      // Part of the ZIP is gone: cut the connection, so that the download fails instead of ending.
      if (response.headersSent) return void response.destroy();
      const { body } = bodyFor(error);
      response.removeHeader('Content-Disposition');
      if (body.statusCode === 503) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      response.status(body.statusCode).json(body);
    });
  }

  @Post('cycles/:cycleId/activity-records/:documentId/evidence')
  @UsePolicy('evidence.upload')
  @ApiCreatedResponse({ description: 'El medio de verificación adjuntado', type: EvidenceFileResponse })
  @ApiConsumes('multipart/form-data')
  @ApiBody(EVIDENCE_BODY)
  @UseInterceptors(UPLOAD)
  @ApiErrors(400, 401, 403, 404, 409, 413, 415, 422)
  attachToActivity(
    @Param('cycleId', UuidParam) cycleId: string,
    @Param('documentId', UuidParam) documentId: string,
    @UploadedFile() file: Upload | undefined,
    @CurrentPrincipal() principal: Principal,
    @AgencyScope() scope: ScopeInAgency,
  ) {
    return this.evidence.upload(cycleId, 'activity-record', documentId, file, principal, scope.roles);
  }

  @Post('cycles/:cycleId/progress-reports/:documentId/evidence')
  @UsePolicy('evidence.upload')
  @ApiCreatedResponse({ description: 'El medio de verificación adjuntado', type: EvidenceFileResponse })
  @ApiConsumes('multipart/form-data')
  @ApiBody(EVIDENCE_BODY)
  @UseInterceptors(UPLOAD)
  @ApiErrors(400, 401, 403, 404, 409, 413, 415, 422)
  attachToProgress(
    @Param('cycleId', UuidParam) cycleId: string,
    @Param('documentId', UuidParam) documentId: string,
    @UploadedFile() file: Upload | undefined,
    @CurrentPrincipal() principal: Principal,
    @AgencyScope() scope: ScopeInAgency,
  ) {
    return this.evidence.upload(cycleId, 'progress-report', documentId, file, principal, scope.roles);
  }

  @Get('cycles/:cycleId/evidence')
  @UsePolicy('evidence.read')
  @ApiOkResponse({
    description: 'Los medios de verificación del ciclo, del más antiguo al más reciente',
    type: [EvidenceFileResponse],
  })
  @ApiErrors(401, 403, 404)
  listEvidence(@Param('cycleId', UuidParam) cycleId: string) {
    return this.evidence.list(cycleId);
  }

  @Get('evidence/:evidenceId')
  @UsePolicy('evidence.download')
  @ApiFileResponse('El archivo tal como se adjuntó, en su tipo de contenido', ALLOWED_MEDIA_TYPES)
  @ApiErrors(401, 403, 404)
  async downloadEvidence(
    @Param('evidenceId', UuidParam) evidenceId: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { file, bytes } = await this.evidence.download(evidenceId);
    attachment(response, file.fileName, file.mediaType);
    return new StreamableFile(bytes);
  }
}
