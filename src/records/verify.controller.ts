import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { VerificationResponse } from './record.responses';
import { RecordsService } from './records.service';

@ApiTags('verificación')
@Controller('verify')
export class VerifyController {
  constructor(private readonly records: RecordsService) {}

  @Get(':sha256')
  @UsePolicy('records.verify')
  @ApiOkResponse({
    description: 'Si el código es de un registro emitido y, si lo es, de cuál (nunca su contenido)',
    type: VerificationResponse,
  })
  @ApiErrors(400)
  verify(@Param('sha256') sha256: string) {
    return this.records.verify(sha256);
  }
}
