import { IsUUID } from 'class-validator';

export class AssignExpertDto {
  @IsUUID('all', { message: 'userId debe ser un identificador válido' })
  userId!: string;
}
