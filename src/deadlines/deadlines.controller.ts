import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { CalendarResponse, CycleDeadlinesResponse } from './deadline.responses';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { Principal } from '../auth/principal';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { YearParam } from '../common/http/year-param.pipe';
import { DeadlinesService } from './deadlines.service';
import { SetCalendarDto, SetCycleDeadlinesDto } from './dto/deadlines.dto';

@ApiTags('plazos')
@ApiBearerAuth()
@Controller()
export class DeadlinesController {
  constructor(private readonly deadlines: DeadlinesService) {}

  @Get('calendar/:year')
  @UsePolicy('calendar.read')
  @ApiOkResponse({ description: 'Los plazos del año, comunes a todos los servicios', type: CalendarResponse })
  @ApiErrors(400, 401, 403)
  calendar(@Param('year', YearParam) year: number) {
    return this.deadlines.calendar(year);
  }

  @Put('calendar/:year')
  @UsePolicy('calendar.write')
  @ApiOkResponse({ description: 'Los plazos del año tras reemplazarlos', type: CalendarResponse })
  @ApiErrors(400, 401, 403)
  setCalendar(
    @Param('year', YearParam) year: number,
    @Body() dto: SetCalendarDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.deadlines.setCalendar(year, dto, principal);
  }

  @Get('cycles/:cycleId/deadlines')
  @UsePolicy('deadlines.read')
  @ApiOkResponse({ description: 'Los plazos del ciclo', type: CycleDeadlinesResponse })
  @ApiErrors(401, 403, 404)
  forCycle(@Param('cycleId', UuidParam) cycleId: string) {
    return this.deadlines.forCycle(cycleId);
  }

  @Put('cycles/:cycleId/deadlines')
  @UsePolicy('deadlines.write')
  @ApiOkResponse({ description: 'Los plazos del ciclo tras el cambio', type: CycleDeadlinesResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  setForCycle(
    @Param('cycleId', UuidParam) cycleId: string,
    @Body() dto: SetCycleDeadlinesDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.deadlines.setForCycle(cycleId, dto, principal);
  }
}
