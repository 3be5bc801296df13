import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/load-config';
import { redisOptionsFromUrl } from '../jobs/redis-options';

@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly client?: Redis;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {
    if (config.redisUrl) {
      // Fail fast while Redis is down instead of queueing the ping.
      this.client = new Redis({
        ...redisOptionsFromUrl(config.redisUrl),
        lazyConnect: true,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
      });
      this.client.on('error', () => undefined);
    }
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  async check(key: string) {
    const indicator = this.indicators.check(key);
    try {
      if (this.client?.status === 'wait') await this.client.connect();
      await Promise.race([
        this.client?.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1_000)),
      ]);
      return indicator.up();
    } catch {
      return indicator.down({ message: 'Redis no responde' });
    }
  }

  onModuleDestroy(): void {
    this.client?.disconnect();
  }
}
