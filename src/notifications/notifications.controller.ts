import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { Principal } from '../auth/principal';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { NotificationsQuery } from './dto/notifications-query.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notificaciones')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @UsePolicy('notifications.list')
  list(@CurrentPrincipal() principal: Principal, @Query() query: NotificationsQuery) {
    return this.notifications.list(principal.userId, query);
  }

  @Post('read-all')
  @UsePolicy('notifications.mark')
  @HttpCode(HttpStatus.OK)
  markAllRead(@CurrentPrincipal() principal: Principal) {
    return this.notifications.markAllRead(principal.userId);
  }

  @Post(':notificationId/read')
  @UsePolicy('notifications.mark')
  @HttpCode(HttpStatus.OK)
  markRead(@CurrentPrincipal() principal: Principal, @Param('notificationId', UuidParam) notificationId: string) {
    return this.notifications.markRead(principal.userId, notificationId);
  }
}
