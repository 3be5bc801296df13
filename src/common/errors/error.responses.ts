import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

/** One field a refused request got wrong. */
export class FieldErrorResponse {
  @ApiProperty({ description: 'Ruta del campo en el cuerpo o la consulta', example: 'year' })
  path!: string;

  @ApiProperty({ description: 'Qué tiene el campo, en español', example: '«year» es obligatorio' })
  message!: string;
}

// Every error answers with this body (AllExceptionsFilter); a domain error's details sit at the
// top level beside code and message (fields, allowed, problems, currentRevision…), once each.
export class ErrorResponse {
  @ApiProperty({ description: 'Código de estado HTTP', example: 422, type: 'integer' })
  statusCode!: number;

  @ApiProperty({ description: 'Código del error, para programas (estable)', example: 'INCOMPLETE' })
  code!: string;

  @ApiProperty({ description: 'Mensaje en español para las personas', example: 'El documento está incompleto' })
  message!: string;

  @ApiPropertyOptional({
    description: 'Los campos con problemas (400 VALIDATION_FAILED); otros detalles del error van junto a este',
    type: [FieldErrorResponse],
  })
  fields?: FieldErrorResponse[];

  @ApiPropertyOptional({
    description: 'Identificador de la solicitud, para buscarla en los registros',
    example: 'req-1a2b3c',
  })
  requestId?: string;
}

const ERROR_DESCRIPTIONS = {
  400: 'Solicitud inválida: los campos con problemas se indican en fields',
  401: 'Sin sesión iniciada, o la sesión venció',
  403: 'Sin permiso para esta acción en este servicio',
  404: 'El recurso indicado no existe',
  409: 'Conflicto con el estado actual, por ejemplo otra persona actuó antes',
  413: 'Demasiado grande: un archivo sobre su máximo, o sin espacio en el ciclo para medios de verificación',
  415: 'El contenido no es de un tipo admitido',
  422: 'La solicitud no puede procesarse, por ejemplo un documento incompleto o una contraseña incorrecta',
  429: 'Demasiados intentos; intente nuevamente en unos minutos',
  503: 'Ocupado o sin base de datos por un momento: intente nuevamente después de los segundos que indica Retry-After',
} as const;

export type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** The error answers a handler may give, each with the common error body. */
export const ApiErrors = (...statuses: ErrorStatus[]): MethodDecorator =>
  applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], type: ErrorResponse })),
  );
