import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
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
  list(@Param('cycleId', UuidParam) cycleId: string) {
    return this.observations.list(cycleId);
  }

  @Post('observations/:observationId/answer')
  @UsePolicy('observations.answer')
  @HttpCode(HttpStatus.OK)
  answer(
    @Param('observationId', UuidParam) observationId: string,
    @Body() dto: AnswerObservationDto,
    @CurrentPrincipal() principal: Principal,
    @AgencyScope() scope: ScopeInAgency,
  ) {
    return this.observations.answer(observationId, dto, principal, scope.roles);
  }
}
