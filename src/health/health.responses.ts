import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

// GET /api/health as @nestjs/terminus answers it, with one entry per dependency checked: the
// database always, Redis when the API uses it (REDIS_URL).

export class HealthIndicatorResponse {
  @ApiProperty({ description: 'Si la dependencia responde', enum: ['up', 'down'], example: 'up' })
  status!: 'up' | 'down';

  @ApiPropertyOptional({ description: 'Por qué no responde (solo si falla)', example: 'Redis no responde' })
  message?: string;
}

export class HealthIndicatorsResponse {
  @ApiProperty({ description: 'La base de datos PostgreSQL', type: HealthIndicatorResponse })
  database!: HealthIndicatorResponse;

  @ApiPropertyOptional({ description: 'Redis, la cola de trabajos (solo si se usa)', type: HealthIndicatorResponse })
  redis?: HealthIndicatorResponse;
}

const SOME = (description: string) =>
  ({
    description,
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(HealthIndicatorResponse) },
  }) as const;

/** 200: every dependency answers. */
export class HealthResponse {
  @ApiProperty({ description: 'Resultado: todo responde', enum: ['ok'], example: 'ok' })
  status!: 'ok';

  @ApiProperty({ description: 'Las dependencias que responden', type: HealthIndicatorsResponse })
  info!: HealthIndicatorsResponse;

  @ApiProperty({
    description: 'Las dependencias que fallan: ninguna',
    type: 'object',
    additionalProperties: false,
    example: {},
  })
  error!: Record<string, never>;

  @ApiProperty({ description: 'Todas las dependencias revisadas', type: HealthIndicatorsResponse })
  details!: HealthIndicatorsResponse;
}

/** 503: some dependency does not answer (the error body, with the check's detail). */
export class HealthFailureResponse {
  @ApiProperty({ description: 'Código de estado HTTP', type: 'integer', enum: [503], example: 503 })
  statusCode!: 503;

  @ApiProperty({ description: 'Código del error, para programas', enum: ['SERVICE_UNAVAILABLE'] })
  code!: 'SERVICE_UNAVAILABLE';

  @ApiProperty({
    description: 'Mensaje en español para las personas',
    example: 'El servicio no está disponible en este momento; intente nuevamente',
  })
  message!: string;

  @ApiProperty({ description: 'Resultado: algo falla', enum: ['error'], example: 'error' })
  status!: 'error';

  @ApiProperty(SOME('Las dependencias que responden'))
  info!: Record<string, HealthIndicatorResponse>;

  @ApiProperty({
    ...SOME('Las dependencias que fallan, con el motivo'),
    example: { redis: { status: 'down', message: 'Redis no responde' } },
  })
  error!: Record<string, HealthIndicatorResponse>;

  @ApiProperty(SOME('Todas las dependencias revisadas'))
  details!: Record<string, HealthIndicatorResponse>;
}
