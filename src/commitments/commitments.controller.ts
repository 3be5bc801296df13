import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { Principal } from '../auth/principal';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { CommitmentsService } from './commitments.service';
import { UpdateCommitmentDto } from './dto/update-commitment.dto';

@ApiTags('compromisos')
@ApiBearerAuth()
@Controller()
export class CommitmentsController {
  constructor(private readonly commitments: CommitmentsService) {}

  @Get('cycles/:cycleId/commitments')
  @UsePolicy('commitments.list')
  @ApiErrors(401, 403, 404)
  list(@Param('cycleId', UuidParam) cycleId: string) {
    return this.commitments.list(cycleId);
  }

  @Patch('commitments/:commitmentId')
  @UsePolicy('commitments.update')
  @ApiErrors(400, 401, 403, 404, 409, 422)
  update(
    @Param('commitmentId', UuidParam) commitmentId: string,
    @Body() dto: UpdateCommitmentDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.commitments.update(commitmentId, dto, principal);
  }

  @Get('commitments/:commitmentId/history')
  @UsePolicy('commitments.history')
  @ApiErrors(401, 403, 404)
  history(@Param('commitmentId', UuidParam) commitmentId: string) {
    return this.commitments.history(commitmentId);
  }
}
