import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JOB_HANDLER_KEY, JobHandler } from './job-handler';
import { JobName, JobPayloads } from './job-names';

@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as JobHandler<JobName> | undefined;
      const name = wrapper.metatype
        ? (Reflect.getMetadata(JOB_HANDLER_KEY, wrapper.metatype) as JobName | undefined)
        : undefined;
      if (!name || !instance) continue;
      if (this.handlers.has(name)) throw new Error(`Dos manejadores para el trabajo ${name}`);
      this.handlers.set(name, instance);
    }
  }

  async run<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<void> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`Trabajo sin manejador: ${name}`);
    await handler.handle(payload);
  }

  names(): JobName[] {
    return [...this.handlers.keys()];
  }
}
