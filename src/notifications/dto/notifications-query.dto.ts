import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PaginationQuery } from '../../common/http/pagination.dto';

export class NotificationsQuery extends PaginationQuery {
  // ?unread=true lists only what has not been read.
  @ApiPropertyOptional({ description: 'true: solo las notificaciones sin leer', example: true, type: 'boolean' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread debe ser true o false' })
  unread?: boolean;
}
