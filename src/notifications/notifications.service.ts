import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { notFound } from '../common/errors/domain.exception';
import { NotificationsQuery } from './dto/notifications-query.dto';
import { Notification } from './notification.entity';

interface CycleOf {
  year: number;
  agency: { code: string; name: string };
}

const toView = (n: Notification, cycle: CycleOf | undefined) => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  // Whose cycle it is about, for a list that mixes agencies (an expert's, an auditor's).
  agency: cycle?.agency ?? null,
  year: cycle?.year ?? null,
  read: n.readAt !== null,
  readAt: n.readAt?.toISOString() ?? null,
  createdAt: n.createdAt.toISOString(),
});

// Each person reads and marks only their own notifications; someone else's is "not found".
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(userId: string, query: NotificationsQuery) {
    const repository = this.dataSource.getRepository(Notification);
    const [items, total] = await repository.findAndCount({
      where: { userId, ...(query.unread ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    const unread = await repository.countBy({ userId, readAt: IsNull() });
    const cycles = await this.cyclesOf(items);
    return {
      total,
      unread,
      limit: query.limit,
      offset: query.offset,
      items: items.map((n) => toView(n, cycles.get(n.link.cycleId))),
    };
  }

  async markRead(userId: string, notificationId: string) {
    const repository = this.dataSource.getRepository(Notification);
    // Marking twice keeps the first reading time.
    await repository.update({ id: notificationId, userId, readAt: IsNull() }, { readAt: new Date() });
    const notification = await repository.findOneBy({ id: notificationId, userId });
    if (!notification) throw notFound('NOTIFICATION_NOT_FOUND', 'La notificación indicada no existe');
    return toView(notification, (await this.cyclesOf([notification])).get(notification.link.cycleId));
  }

  async markAllRead(userId: string) {
    const result = await this.dataSource
      .getRepository(Notification)
      .update({ userId, readAt: IsNull() }, { readAt: new Date() });
    return { updated: result.affected ?? 0 };
  }

  // One query for the page: each linked cycle's year and agency.
  private async cyclesOf(items: Notification[]): Promise<Map<string, CycleOf>> {
    const ids = [...new Set(items.map((n) => n.link.cycleId))];
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; year: number; code: string; name: string }[]>(
      `SELECT c.id, c.year, a.code, a.name FROM cycles c JOIN agencies a ON a.id = c.agency_id
        WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { year: r.year, agency: { code: r.code, name: r.name } }]));
  }
}
