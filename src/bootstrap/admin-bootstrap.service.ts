import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Repository } from 'typeorm';
import { DomainException } from '../common/errors/domain.exception';
import { APP_CONFIG, AppConfig } from '../config/load-config';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';

// The first start creates the administrator, so that a fresh installation can be signed into.
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Inicio');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly usersService: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.users.exists({ where: { isAdmin: true } })) return;
    const generated = this.config.admin.password === undefined;
    const password = this.config.admin.password ?? randomBytes(15).toString('base64url');
    try {
      await this.usersService.create({ email: this.config.admin.email, name: 'Administración', password }, null, {
        isAdmin: true,
      });
    } catch (error) {
      // Another API process bootstrapped the same administrator at the same moment.
      if (error instanceof DomainException && error.code === 'EMAIL_TAKEN') return;
      throw error;
    }
    if (generated) {
      mkdirSync(this.config.dataDir, { recursive: true });
      const file = join(this.config.dataDir, 'admin-password.txt');
      writeFileSync(file, `${this.config.admin.email}\n${password}\n`, { mode: 0o600 });
      // Printed once, on purpose: this is how a newcomer signs in the first time.
      process.stdout.write(
        `\nAdministración creada: ${this.config.admin.email}\nContraseña: ${password}\n(también guardada en ${file})\n\n`,
      );
    } else {
      this.logger.log(`Administración creada: ${this.config.admin.email}`);
    }
  }
}
