import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { HealthFailureResponse, HealthResponse } from './health.responses';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('salud')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  // 200 when every dependency answers, 503 naming the one that does not.
  @Get()
  @UsePolicy('health.read')
  // Documented here, in Spanish, rather than by terminus.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOkResponse({ description: 'La API y sus dependencias responden', type: HealthResponse })
  @ApiServiceUnavailableResponse({
    description: 'Alguna dependencia no responde: error dice cuál',
    type: HealthFailureResponse,
  })
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2_000 }),
      ...(this.redis.configured ? [() => this.redis.check('redis')] : []),
    ]);
  }
}
