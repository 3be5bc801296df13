import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INSTANT_EXAMPLE, UUID_EXAMPLE } from '../common/http/api-schema';
import { DOCUMENT_KINDS } from '../cycles/cycle.responses';
import type { NotificationLink } from './notification.entity';
import type { NotificationsService } from './notifications.service';

type NotificationView = Awaited<ReturnType<NotificationsService['list']>>['items'][number];

export class NotificationLinkResponse implements NotificationLink {
  @ApiProperty({ description: 'Ciclo del que trata', format: 'uuid', example: UUID_EXAMPLE })
  cycleId!: string;

  @ApiPropertyOptional({
    description: 'Compromiso del que trata (recordatorios)',
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  commitmentId?: string;

  @ApiPropertyOptional({
    description: 'Documento del que trata la acción',
    enum: DOCUMENT_KINDS,
    example: 'diagnostic',
  })
  documentKind?: (typeof DOCUMENT_KINDS)[number];
}

export class NotificationAgencyResponse {
  @ApiProperty({ description: 'Código del servicio', example: 'SERNAMEG' })
  code!: string;

  @ApiProperty({ description: 'Nombre del servicio', example: 'Servicio Nacional de la Mujer y la Equidad de Género' })
  name!: string;
}

export class NotificationResponse implements NotificationView {
  @ApiProperty({ description: 'Identificador de la notificación', format: 'uuid', example: UUID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Clase de notificación', example: 'SUBMIT' })
  kind!: string;

  @ApiProperty({ description: 'Título', example: 'Diagnóstico enviado a aprobación' })
  title!: string;

  @ApiProperty({ description: 'Texto', example: 'El Diagnóstico 2027 espera su aprobación.' })
  body!: string;

  @ApiProperty({ description: 'A qué lleva', type: NotificationLinkResponse })
  link!: NotificationLinkResponse;

  @ApiProperty({
    description: 'De qué servicio es el ciclo (null si el ciclo ya no existe)',
    type: NotificationAgencyResponse,
    nullable: true,
  })
  agency!: NotificationAgencyResponse | null;

  @ApiProperty({ description: 'Año del ciclo (null si ya no existe)', type: 'integer', nullable: true, example: 2027 })
  year!: number | null;

  @ApiProperty({ description: 'Si ya se leyó', example: false })
  read!: boolean;

  @ApiProperty({ description: 'Cuándo se leyó', type: 'string', format: 'date-time', nullable: true, example: null })
  readAt!: string | null;

  @ApiProperty({ description: 'Cuándo se creó', format: 'date-time', example: INSTANT_EXAMPLE })
  createdAt!: string;
}

/** GET /api/notifications. */
export class NotificationListResponse {
  @ApiProperty({ description: 'Cuántas cumplen el filtro', type: 'integer', example: 4 })
  total!: number;

  @ApiProperty({ description: 'Cuántas están sin leer', type: 'integer', example: 1 })
  unread!: number;

  @ApiProperty({ description: 'Máximo de esta página', type: 'integer', example: 50 })
  limit!: number;

  @ApiProperty({ description: 'Elementos saltados', type: 'integer', example: 0 })
  offset!: number;

  @ApiProperty({ description: 'Las notificaciones, la más reciente primero', type: [NotificationResponse] })
  items!: NotificationResponse[];
}

/** POST /api/notifications/read-all. */
export class MarkAllReadResponse implements Awaited<ReturnType<NotificationsService['markAllRead']>> {
  @ApiProperty({ description: 'Cuántas notificaciones se marcaron como leídas', type: 'integer', example: 3 })
  updated!: number;
}
