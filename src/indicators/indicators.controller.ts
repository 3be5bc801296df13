import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { Principal } from '../auth/principal';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { CreateIndicatorDto } from './dto/create-indicator.dto';
import { RecordMeasurementDto } from './dto/record-measurement.dto';
import { IndicatorResultsService } from './indicator-results.service';
import {
  IndicatorDetailResponse,
  IndicatorResponse,
  IndicatorResultsResponse,
  MeasurementResponse,
} from './indicator.responses';
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
  @ApiCreatedResponse({ description: 'El indicador registrado', type: IndicatorResponse })
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
  @ApiOkResponse({ description: 'Los indicadores del servicio, por código', type: [IndicatorResponse] })
  @ApiErrors(401, 403, 404)
  list(@Param('agencyId', UuidParam) agencyId: string) {
    return this.indicators.list(agencyId);
  }

  @Get('indicators/:indicatorId')
  @UsePolicy('indicators.read')
  @ApiOkResponse({ description: 'El indicador con sus mediciones y sus brechas', type: IndicatorDetailResponse })
  @ApiErrors(401, 403, 404)
  get(@Param('indicatorId', UuidParam) indicatorId: string) {
    return this.indicators.get(indicatorId);
  }

  @Post('indicators/:indicatorId/measurements')
  @UsePolicy('measurements.create')
  @ApiCreatedResponse({
    description: 'La medición registrada, con sus brechas y el avance hacia la meta',
    type: MeasurementResponse,
  })
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
  @ApiOkResponse({
    description: 'Los resultados de los indicadores del plan para la evaluación, ya calculados',
    type: IndicatorResultsResponse,
  })
  @ApiErrors(401, 403, 404)
  prefill(@Param('cycleId', UuidParam) cycleId: string) {
    return this.results.prefill(cycleId);
  }
}
