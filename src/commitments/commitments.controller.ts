import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { Principal } from '../auth/principal';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { CommitmentChangeResponse, CommitmentListResponse, CommitmentResponse } from './commitment.responses';
import { CommitmentsService } from './commitments.service';
import { UpdateCommitmentDto } from './dto/update-commitment.dto';

@ApiTags('compromisos')
@ApiBearerAuth()
@Controller()
export class CommitmentsController {
  constructor(private readonly commitments: CommitmentsService) {}

  @Get('cycles/:cycleId/commitments')
  @UsePolicy('commitments.list')
  @ApiOkResponse({
    description: 'Los compromisos del Programa de Seguimiento vigente y su avance',
    type: CommitmentListResponse,
  })
  @ApiErrors(401, 403, 404)
  list(@Param('cycleId', UuidParam) cycleId: string) {
    return this.commitments.list(cycleId);
  }

  @Patch('commitments/:commitmentId')
  @UsePolicy('commitments.update')
  @ApiOkResponse({ description: 'El compromiso tras el cambio', type: CommitmentResponse })
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
  @ApiOkResponse({ description: 'Los cambios del compromiso, del primero al último', type: [CommitmentChangeResponse] })
  @ApiErrors(401, 403, 404)
  history(@Param('commitmentId', UuidParam) commitmentId: string) {
    return this.commitments.history(commitmentId);
  }
}
