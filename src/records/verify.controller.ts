import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { RecordsService } from './records.service';

@ApiTags('verificación')
@Controller('verify')
export class VerifyController {
  constructor(private readonly records: RecordsService) {}

  @Get(':sha256')
  @UsePolicy('records.verify')
  @ApiErrors(404)
  verify(@Param('sha256') sha256: string) {
    return this.records.verify(sha256);
  }
}
