import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { Principal } from '../auth/principal';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { CreateIndicatorDto } from './dto/create-indicator.dto';
import { RecordMeasurementDto } from './dto/record-measurement.dto';
import { IndicatorResultsService } from './indicator-results.service';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicadores')
@ApiBearerAuth()
@Controller()
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly results: IndicatorResultsService,
  ) {}

  @Post('agencies/:agencyId/indicators')
  @UsePolicy('indicators.create')
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @Param('agencyId', UuidParam) agencyId: string,
    @Body() dto: CreateIndicatorDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.indicators.create(agencyId, dto, principal);
  }

  @Get('agencies/:agencyId/indicators')
  @UsePolicy('indicators.list')
  @ApiErrors(401, 403, 404)
  list(@Param('agencyId', UuidParam) agencyId: string) {
    return this.indicators.list(agencyId);
  }

  @Get('indicators/:indicatorId')
  @UsePolicy('indicators.read')
  @ApiErrors(401, 403, 404)
  get(@Param('indicatorId', UuidParam) indicatorId: string) {
    return this.indicators.get(indicatorId);
  }

  @Post('indicators/:indicatorId/measurements')
  @UsePolicy('measurements.create')
  @ApiErrors(400, 401, 403, 404, 409)
  record(
    @Param('indicatorId', UuidParam) indicatorId: string,
    @Body() dto: RecordMeasurementDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.indicators.record(indicatorId, dto, principal);
  }

  @Get('cycles/:cycleId/indicator-results')
  @UsePolicy('indicators.prefill')
  @ApiErrors(401, 403, 404)
  prefill(@Param('cycleId', UuidParam) cycleId: string) {
    return this.results.prefill(cycleId);
  }
}
