import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { ObservationListResponse, ObservationResponse } from './observation.responses';
import { AgencyScope, CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import type { Principal, ScopeInAgency } from '../auth/principal';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { AnswerObservationDto } from './dto/answer-observation.dto';
import { ObservationsService } from './observations.service';

@ApiTags('observaciones')
@ApiBearerAuth()
@Controller()
export class ObservationsController {
  constructor(private readonly observations: ObservationsService) {}

  @Get('cycles/:cycleId/observations')
  @UsePolicy('observations.read')
  @ApiOkResponse({
    description: 'Las observaciones sobre elementos de los documentos del ciclo',
    type: ObservationListResponse,
  })
  @ApiErrors(401, 403, 404)
  list(@Param('cycleId', UuidParam) cycleId: string) {
    return this.observations.list(cycleId);
  }

  @Post('observations/:observationId/answer')
  @UsePolicy('observations.answer')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'La observación con su respuesta', type: ObservationResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  answer(
    @Param('observationId', UuidParam) observationId: string,
    @Body() dto: AnswerObservationDto,
    @CurrentPrincipal() principal: Principal,
    @AgencyScope() scope: ScopeInAgency,
  ) {
    return this.observations.answer(observationId, dto, principal, scope.roles);
  }
}
