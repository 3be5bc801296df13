import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { HistoryService } from './history.service';

@ApiTags('historial')
@ApiBearerAuth()
@Controller('cycles/:cycleId/history')
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  @Get()
  @UsePolicy('history.read')
  async list(@Param('cycleId', UuidParam) cycleId: string) {
    const entries = await this.history.list(cycleId);
    return entries.map(({ cycleId: _cycle, cycle: _relation, ...entry }) => entry);
  }

  @Get('verify')
  @UsePolicy('history.read')
  verify(@Param('cycleId', UuidParam) cycleId: string) {
    return this.history.verify(cycleId);
  }
}
