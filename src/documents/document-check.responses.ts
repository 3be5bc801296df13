import { ApiProperty } from '@nestjs/swagger';
import { SINGLETON_DOCUMENT_KINDS } from '../../workflows/document-kinds';

// The answer of "Revisar": the same problems a SUBMIT would refuse, each at its field.

export class CompletenessProblemResponse {
  @ApiProperty({
    description: 'Dónde está el problema: la clase de documento y el campo, como los nombra la API',
    example: 'work-programme.measures[0].year',
  })
  path!: string;

  @ApiProperty({
    description: 'Clase del documento donde está el problema (puede ser otro documento del mismo envío)',
    enum: [...SINGLETON_DOCUMENT_KINDS],
    example: 'work-programme',
  })
  kind!: string;

  @ApiProperty({
    description: 'El campo, con sus nombres en español',
    example: 'Medidas › M-1 › Año',
  })
  label!: string;

  @ApiProperty({ description: 'Qué falta, en español', example: 'Falta el año de la medida «M-1».' })
  message!: string;
}

export class DocumentCheckResponse {
  @ApiProperty({ description: 'Si el envío a aprobación no encontraría nada pendiente', example: false })
  complete!: boolean;

  @ApiProperty({
    description: 'Lo que falta antes de enviar a aprobación (vacío si está completo)',
    type: [CompletenessProblemResponse],
  })
  problems!: CompletenessProblemResponse[];
}
