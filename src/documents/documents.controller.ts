import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { AgencyScope, CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import type { Principal, ScopeInAgency } from '../auth/principal';
import { PaginationQuery } from '../common/http/pagination.dto';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { ApiErrors } from '../common/errors/error.responses';
import { DOCUMENT_KIND_PARAM, DocumentResponse, DocumentVersionResponse } from './document.responses';
import { DocumentCheckResponse } from './document-check.responses';
import { DocumentCheckService } from './document-check.service';
import { DocumentsService, VersionParam } from './documents.service';
import { RegisterEntryResponse, RegisterPageResponse } from './register.responses';
import { CheckDocumentDto } from './dto/check-document.dto';
import { RegisterEntryDto, SaveDocumentDto } from './dto/save-document.dto';

@ApiTags('documentos')
@ApiBearerAuth()
@Controller('cycles/:cycleId')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly checks: DocumentCheckService,
  ) {}

  @Get('documents/:kind')
  @UsePolicy('documents.read')
  @ApiOkResponse({ description: 'El documento con su versión vigente', type: DocumentResponse })
  @DOCUMENT_KIND_PARAM
  @ApiErrors(403, 404)
  get(@Param('cycleId', UuidParam) cycleId: string, @Param('kind') kind: string, @AgencyScope() scope: ScopeInAgency) {
    return this.documents.get(cycleId, kind, scope.roles);
  }

  // One saved version as it was (the frozen version a review is about, the one last seen).
  @Get('documents/:kind/versions/:version')
  @UsePolicy('documents.read')
  @ApiOkResponse({ description: 'Una versión guardada, tal como quedó', type: DocumentVersionResponse })
  @DOCUMENT_KIND_PARAM
  @ApiParam({ name: 'version', description: 'Número de versión', type: 'integer', example: 1 })
  @ApiErrors(403, 404)
  getVersion(
    @Param('cycleId', UuidParam) cycleId: string,
    @Param('kind') kind: string,
    @Param('version', VersionParam) version: number,
  ) {
    return this.documents.getVersion(cycleId, kind, version);
  }

  @Put('documents/:kind')
  @UsePolicy('documents.write')
  @ApiOkResponse({ description: 'El documento con la versión recién guardada', type: DocumentResponse })
  @DOCUMENT_KIND_PARAM
  @ApiErrors(400, 403, 404, 409)
  save(
    @Param('cycleId', UuidParam) cycleId: string,
    @Param('kind') kind: string,
    @Body() dto: SaveDocumentDto,
    @CurrentPrincipal() principal: Principal,
    @AgencyScope() scope: ScopeInAgency,
  ) {
    return this.documents.save(cycleId, kind, dto.content, dto.version, principal, scope.roles, {
      confirmEmpty: dto.confirmEmpty,
      restoredFromVersion: dto.restoredFromVersion,
    });
  }

  // "Revisar": what SUBMIT would find missing, for what is typed (or saved); writes nothing.
  @Post('documents/:kind/check')
  @HttpCode(200)
  @UsePolicy('documents.check')
  @ApiOkResponse({ description: 'Lo que falta antes de enviar a aprobación', type: DocumentCheckResponse })
  @DOCUMENT_KIND_PARAM
  @ApiErrors(400, 403, 404)
  check(@Param('cycleId', UuidParam) cycleId: string, @Param('kind') kind: string, @Body() dto: CheckDocumentDto) {
    return this.checks.check(cycleId, kind, dto.content);
  }

  @Post('activity-records')
  @UsePolicy('registers.write')
  @ApiCreatedResponse({ description: 'La entrada registrada: una actividad realizada', type: RegisterEntryResponse })
  @ApiErrors(400, 403, 404, 409, 422)
  recordActivity(
    @Param('cycleId', UuidParam) cycleId: string,
    @Body() dto: RegisterEntryDto,
    @CurrentPrincipal() principal: Principal,
    @AgencyScope() scope: ScopeInAgency,
  ) {
    return this.documents.register(cycleId, 'activity-record', dto.content, principal, scope.roles);
  }

  @Get('activity-records')
  @UsePolicy('registers.read')
  @ApiOkResponse({
    description: 'Una página del registro de actividades, de la más antigua a la más reciente',
    type: RegisterPageResponse,
  })
  @ApiErrors(400, 403, 404)
  listActivities(
    @Param('cycleId', UuidParam) cycleId: string,
    @Query() page: PaginationQuery,
    @AgencyScope() scope: ScopeInAgency,
  ) {
    return this.documents.listRegister(cycleId, 'activity-record', page, scope.roles);
  }

  @Post('progress-reports')
  @UsePolicy('registers.write')
  @ApiCreatedResponse({ description: 'La entrada registrada: un informe de avance', type: RegisterEntryResponse })
  @ApiErrors(400, 403, 404, 409, 422)
  reportProgress(
    @Param('cycleId', UuidParam) cycleId: string,
    @Body() dto: RegisterEntryDto,
    @CurrentPrincipal() principal: Principal,
    @AgencyScope() scope: ScopeInAgency,
  ) {
    return this.documents.register(cycleId, 'progress-report', dto.content, principal, scope.roles);
  }

  @Get('progress-reports')
  @UsePolicy('registers.read')
  @ApiOkResponse({
    description: 'Una página de los informes de avance, de la más antigua a la más reciente',
    type: RegisterPageResponse,
  })
  @ApiErrors(400, 403, 404)
  listProgress(
    @Param('cycleId', UuidParam) cycleId: string,
    @Query() page: PaginationQuery,
    @AgencyScope() scope: ScopeInAgency,
  ) {
    return this.documents.listRegister(cycleId, 'progress-report', page, scope.roles);
  }
}
