import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class AssignExpertDto {
  @ApiProperty({
    description: 'Identificador de la persona experta de SERNAMEG que acompañará al servicio',
    example: '3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e',
    format: 'uuid',
  })
  @IsUUID('all', { message: 'userId debe ser un identificador válido' })
  userId!: string;
}
