import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { MarkAllReadResponse, NotificationListResponse, NotificationResponse } from './notification.responses';
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
  @ApiOkResponse({ description: 'Las notificaciones de quien consulta', type: NotificationListResponse })
  @ApiErrors(400, 401)
  list(@CurrentPrincipal() principal: Principal, @Query() query: NotificationsQuery) {
    return this.notifications.list(principal.userId, query);
  }

  @Post('read-all')
  @UsePolicy('notifications.mark')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Todas las notificaciones de quien consulta, ya leídas', type: MarkAllReadResponse })
  @ApiErrors(401)
  markAllRead(@CurrentPrincipal() principal: Principal) {
    return this.notifications.markAllRead(principal.userId);
  }

  @Post(':notificationId/read')
  @UsePolicy('notifications.mark')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'La notificación, ya leída', type: NotificationResponse })
  @ApiErrors(401, 404)
  markRead(@CurrentPrincipal() principal: Principal, @Param('notificationId', UuidParam) notificationId: string) {
    return this.notifications.markRead(principal.userId, notificationId);
  }
}
