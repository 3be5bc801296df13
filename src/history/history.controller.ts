import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { ChainVerificationResponse, HistoryEntryResponse } from './history.responses';
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
  @ApiOkResponse({
    description: 'El historial del ciclo, de la primera a la última entrada',
    type: [HistoryEntryResponse],
  })
  @ApiErrors(401, 403, 404)
  async list(@Param('cycleId', UuidParam) cycleId: string) {
    const entries = await this.history.list(cycleId);
    return entries.map(({ cycleId: _cycle, cycle: _relation, ...entry }) => entry);
  }

  @Get('verify')
  @UsePolicy('history.read')
  @ApiOkResponse({ description: 'Si la cadena de auditoría del ciclo está íntegra', type: ChainVerificationResponse })
  @ApiErrors(401, 403, 404)
  verify(@Param('cycleId', UuidParam) cycleId: string) {
    return this.history.verify(cycleId);
  }
}
