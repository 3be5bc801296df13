import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { notFound } from '../common/errors/domain.exception';
import { NotificationsQuery } from './dto/notifications-query.dto';
import { Notification } from './notification.entity';

const toView = (n: Notification) => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
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
    return { total, unread, limit: query.limit, offset: query.offset, items: items.map(toView) };
  }

  async markRead(userId: string, notificationId: string) {
    const repository = this.dataSource.getRepository(Notification);
    // Marking twice keeps the first reading time.
    await repository.update({ id: notificationId, userId, readAt: IsNull() }, { readAt: new Date() });
    const notification = await repository.findOneBy({ id: notificationId, userId });
    if (!notification) throw notFound('NOTIFICATION_NOT_FOUND', 'La notificación indicada no existe');
    return toView(notification);
  }

  async markAllRead(userId: string) {
    const result = await this.dataSource
      .getRepository(Notification)
      .update({ userId, readAt: IsNull() }, { readAt: new Date() });
    return { updated: result.affected ?? 0 };
  }
}
