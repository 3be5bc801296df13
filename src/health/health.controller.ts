import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
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
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2_000 }),
      ...(this.redis.configured ? [() => this.redis.check('redis')] : []),
    ]);
  }
}
