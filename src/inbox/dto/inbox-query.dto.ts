import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { STAGE_IDS, type StageId } from '../../../workflows/context';
import { PaginationQuery } from '../../common/http/pagination.dto';

// Query strings carry text: 'true' and 'false' become booleans, anything else stays as it came
// and fails the check.
const booleanText = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export class InboxQuery extends PaginationQuery {
  @IsOptional()
  @IsUUID('all', { message: 'agencyId debe ser un identificador válido' })
  agencyId?: string;

  @IsOptional()
  @IsIn(STAGE_IDS, { message: `stage debe ser una de: ${STAGE_IDS.join(', ')}` })
  stage?: StageId;

  @IsOptional()
  @Transform(booleanText)
  @IsBoolean({ message: 'overdue debe ser true o false' })
  overdue?: boolean;
}
