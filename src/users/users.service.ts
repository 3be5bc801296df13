import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SecurityEventsService } from '../audit/security-events.service';
import { conflict, notFound } from '../common/errors/domain.exception';
import { hasPgCode, PG_UNIQUE_VIOLATION } from '../common/errors/postgres-errors';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { hashPassword } from './password-hasher';
import { User } from './user.entity';
import { toUserView, UserView } from './user.view';

const emailTaken = () => conflict('EMAIL_TAKEN', 'Ya existe una persona con ese correo electrónico');

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: SecurityEventsService,
  ) {}

  async create(dto: CreateUserDto, actorId: string | null, options: { isAdmin?: boolean } = {}): Promise<UserView> {
    const passwordHash = await hashPassword(dto.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(User, { email: dto.email, name: dto.name, passwordHash, isAdmin: options.isAdmin ?? false }),
        );
        await this.events.record(manager, options.isAdmin ? 'admin.bootstrapped' : 'user.created', actorId, user.id, {
          email: user.email,
        });
        return toUserView(user);
      });
    } catch (error) {
      if (hasPgCode(error, PG_UNIQUE_VIOLATION)) throw emailTaken();
      throw error;
    }
  }

  async list(page: { limit: number; offset: number }): Promise<{ items: UserView[]; total: number }> {
    const [users, total] = await this.dataSource.getRepository(User).findAndCount({
      order: { email: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    return { items: users.map(toUserView), total };
  }

  async update(userId: string, dto: UpdateUserDto, actorId: string): Promise<UserView> {
    const passwordHash = dto.password === undefined ? undefined : await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('USER_NOT_FOUND', 'La persona indicada no existe');
      if (dto.name !== undefined) user.name = dto.name;
      if (passwordHash !== undefined) user.passwordHash = passwordHash;
      const revokes = passwordHash !== undefined || (dto.active === false && user.active);
      if (dto.active !== undefined) user.active = dto.active;
      // Deactivation and a new password end every session issued before.
      if (revokes) user.tokenVersion += 1;
      const saved = await manager.save(user);
      await this.events.record(manager, 'user.updated', actorId, user.id, {
        name: dto.name !== undefined,
        password: dto.password !== undefined,
        active: dto.active,
      });
      return toUserView(saved);
    });
  }
}
