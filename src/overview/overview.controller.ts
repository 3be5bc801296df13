import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { Principal } from '../auth/principal';
import { OverviewExportQuery, OverviewQuery } from './dto/overview-query.dto';
import { overviewCsv } from './overview-csv';
import { OverviewResponse } from './overview.responses';
import { OverviewService } from './overview.service';

@ApiTags('panorama')
@ApiBearerAuth()
@Controller('overview')
export class OverviewController {
  constructor(private readonly overview: OverviewService) {}

  @Get()
  @UsePolicy('overview.read')
  @ApiOkResponse({
    description: 'Dónde está cada servicio en su ciclo, con sus atrasos y avances',
    type: OverviewResponse,
  })
  @ApiErrors(400, 401, 403)
  async read(@CurrentPrincipal() principal: Principal, @Query() query: OverviewQuery) {
    const items = await this.overview.rows(principal, query.year ?? null);
    return { year: query.year ?? null, total: items.length, items };
  }

  @Get('export')
  @UsePolicy('overview.export')
  @ApiOkResponse({
    description: 'El mismo panorama como planilla CSV (UTF-8 con BOM, una fila por servicio y año), para Excel',
    content: { 'text/csv': { schema: { type: 'string', example: overviewCsv([], ';').trim() } } },
  })
  @ApiErrors(400, 401, 403)
  async export(
    @CurrentPrincipal() principal: Principal,
    @Query() query: OverviewExportQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    const rows = await this.overview.rows(principal, query.year ?? null);
    // Set here, once the request is valid: an error must still answer as JSON.
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="panorama-enfoque.csv"');
    return overviewCsv(rows, query.delimiter === 'comma' ? ',' : ';');
  }
}
