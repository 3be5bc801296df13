import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { CycleDetailResponse, CycleListItemResponse } from './cycle.responses';
import { AgencyScope, CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import type { Principal, ScopeInAgency } from '../auth/principal';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { CycleTransitionsService } from './cycle-transitions.service';
import { CyclesService } from './cycles.service';
import { CreateCycleDto } from './dto/create-cycle.dto';
import { CycleEventDto } from './dto/cycle-event.dto';

@ApiTags('ciclos')
@ApiBearerAuth()
@Controller()
export class CyclesController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly transitions: CycleTransitionsService,
  ) {}

  @Post('agencies/:agencyId/cycles')
  @UsePolicy('cycles.create')
  @ApiCreatedResponse({ description: 'El ciclo creado', type: CycleDetailResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @Param('agencyId', UuidParam) agencyId: string,
    @Body() dto: CreateCycleDto,
    @CurrentPrincipal() principal: Principal,
    @AgencyScope() scope: ScopeInAgency,
  ) {
    return this.cycles.create(agencyId, dto.year, principal, scope.roles);
  }

  @Get('agencies/:agencyId/cycles')
  @UsePolicy('cycles.list')
  @ApiOkResponse({ description: 'Los ciclos del servicio, el más reciente primero', type: [CycleListItemResponse] })
  @ApiErrors(401, 403, 404)
  list(@Param('agencyId', UuidParam) agencyId: string) {
    return this.cycles.list(agencyId);
  }

  @Get('cycles/:cycleId')
  @UsePolicy('cycles.read')
  @ApiOkResponse({
    description: 'El ciclo, sus documentos y lo que quien consulta puede hacer',
    type: CycleDetailResponse,
  })
  @ApiErrors(401, 403, 404)
  get(
    @Param('cycleId', UuidParam) cycleId: string,
    @CurrentPrincipal() principal: Principal,
    @AgencyScope() scope: ScopeInAgency,
  ) {
    return this.cycles.get(cycleId, principal, scope.roles);
  }

  @Post('cycles/:cycleId/events')
  @UsePolicy('cycles.event')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'El ciclo después de la acción', type: CycleDetailResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  send(
    @Param('cycleId', UuidParam) cycleId: string,
    @Body() dto: CycleEventDto,
    @CurrentPrincipal() principal: Principal,
    @AgencyScope() scope: ScopeInAgency,
  ) {
    return this.transitions.apply(cycleId, dto, principal, scope.roles);
  }
}
