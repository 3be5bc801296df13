import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { STAGE_IDS, type StageId } from '../../../workflows/context';
import { PaginationQuery } from '../../common/http/pagination.dto';

// Query strings carry text: 'true' and 'false' become booleans, anything else stays as it came
// and fails the check.
const booleanText = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export class InboxQuery extends PaginationQuery {
  @ApiPropertyOptional({
    description: 'Solo los ciclos de este servicio',
    example: '3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID('all', { message: 'agencyId debe ser un identificador válido' })
  agencyId?: string;

  @ApiPropertyOptional({ description: 'Solo los ciclos en esta etapa', example: 'diagnostic', enum: [...STAGE_IDS] })
  @IsOptional()
  @IsIn(STAGE_IDS, { message: `stage debe ser una de: ${STAGE_IDS.join(', ')}` })
  stage?: StageId;

  @ApiPropertyOptional({ description: 'true: solo lo que tiene su plazo vencido', example: true, type: 'boolean' })
  @IsOptional()
  @Transform(booleanText)
  @IsBoolean({ message: 'overdue debe ser true o false' })
  overdue?: boolean;
}
