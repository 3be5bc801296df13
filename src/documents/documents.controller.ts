import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgencyScope, CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import type { Principal, ScopeInAgency } from '../auth/principal';
import { PaginationQuery } from '../common/http/pagination.dto';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { DocumentsService, VersionParam } from './documents.service';
import { RegisterEntryDto, SaveDocumentDto } from './dto/save-document.dto';

@ApiTags('documentos')
@ApiBearerAuth()
@Controller('cycles/:cycleId')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get('documents/:kind')
  @UsePolicy('documents.read')
  get(@Param('cycleId', UuidParam) cycleId: string, @Param('kind') kind: string, @AgencyScope() scope: ScopeInAgency) {
    return this.documents.get(cycleId, kind, scope.roles);
  }

  // One saved version as it was (the frozen version a review is about, the one last seen).
  @Get('documents/:kind/versions/:version')
  @UsePolicy('documents.read')
  getVersion(
    @Param('cycleId', UuidParam) cycleId: string,
    @Param('kind') kind: string,
    @Param('version', VersionParam) version: number,
  ) {
    return this.documents.getVersion(cycleId, kind, version);
  }

  @Put('documents/:kind')
  @UsePolicy('documents.write')
  save(
    @Param('cycleId', UuidParam) cycleId: string,
    @Param('kind') kind: string,
    @Body() dto: SaveDocumentDto,
    @CurrentPrincipal() principal: Principal,
    @AgencyScope() scope: ScopeInAgency,
  ) {
    return this.documents.save(cycleId, kind, dto.content, dto.version, principal, scope.roles);
  }

  @Post('activity-records')
  @UsePolicy('registers.write')
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
  listActivities(@Param('cycleId', UuidParam) cycleId: string, @Query() page: PaginationQuery) {
    return this.documents.listRegister(cycleId, 'activity-record', page);
  }

  @Post('progress-reports')
  @UsePolicy('registers.write')
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
  listProgress(@Param('cycleId', UuidParam) cycleId: string, @Query() page: PaginationQuery) {
    return this.documents.listRegister(cycleId, 'progress-report', page);
  }
}
