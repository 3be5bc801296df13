import { ApiProperty } from '@nestjs/swagger';
import type { toAgencyView } from './agency.views';

/** A public agency as agency.views toAgencyView shows it. */
export class AgencyResponse implements ReturnType<typeof toAgencyView> {
  @ApiProperty({
    description: 'Identificador del servicio',
    format: 'uuid',
    example: '3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e',
  })
  id!: string;

  @ApiProperty({ description: 'Código del servicio', example: 'SERNAMEG' })
  code!: string;

  @ApiProperty({ description: 'Nombre del servicio', example: 'Servicio Nacional de la Mujer y la Equidad de Género' })
  name!: string;

  @ApiProperty({ description: 'Ministerio del que depende', example: 'Ministerio de la Mujer y la Equidad de Género' })
  ministry!: string;

  @ApiProperty({ description: 'Cuándo se creó', format: 'date-time', example: '2027-01-04T12:00:00.000Z' })
  createdAt!: string;
}
