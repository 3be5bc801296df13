import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { InboxResponse } from './inbox.responses';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { Principal } from '../auth/principal';
import { InboxQuery } from './dto/inbox-query.dto';
import { InboxService } from './inbox.service';

@ApiTags('bandeja')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @UsePolicy('inbox.read')
  @ApiOkResponse({ description: 'Lo que espera a quien consulta, con conteos para los filtros', type: InboxResponse })
  @ApiErrors(400, 401)
  list(@CurrentPrincipal() principal: Principal, @Query() query: InboxQuery) {
    return this.inbox.forPrincipal(principal, query);
  }
}
