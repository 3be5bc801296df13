import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, ValidateBy, type ValidationArguments } from 'class-validator';

const CONTENT_DESCRIPTION = 'Contenido del documento; su forma por tipo en GET /api/document-kinds/{kind}/schema';
const MAX_VERSION = 1_000_000;

const isPlainObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

// One check per field, one message (the global pipe does not stop at the first error); a missing
// field "es obligatorio" by the pipe's one rule (common/errors/validation-errors.ts).
export const IsContent = () =>
  ValidateBy(
    { name: 'isContent', validator: { validate: isPlainObject } },
    { message: 'El contenido debe ser un objeto.' },
  );

const isVersion = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_VERSION;

const IsVersion = () =>
  ValidateBy(
    { name: 'isVersion', validator: { validate: isVersion } },
    {
      message: ({ value }: ValidationArguments) => {
        if (typeof value !== 'number' || !Number.isInteger(value)) return 'La versión debe ser un número entero.';
        return value < 0 ? 'La versión no puede ser negativa.' : 'La versión es demasiado grande.';
      },
    },
  );

const isRestoredVersion = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_VERSION;

const IsRestoredVersion = () =>
  ValidateBy(
    { name: 'isRestoredVersion', validator: { validate: isRestoredVersion } },
    {
      message: ({ value }: ValidationArguments) =>
        typeof value !== 'number' || !Number.isInteger(value)
          ? 'La versión restaurada debe ser un número entero.'
          : value < 1
            ? 'La versión restaurada debe ser 1 o mayor.'
            : 'La versión restaurada es demasiado grande.',
    },
  );

export class SaveDocumentDto {
  // Checked in depth against the kind's schema by validateContent.
  @ApiProperty({ description: CONTENT_DESCRIPTION, type: 'object', additionalProperties: true })
  @IsContent()
  content!: Record<string, unknown>;

  @ApiProperty({
    description:
      'Versión que se editó (0 si el documento no tiene ninguna); si otra persona guardó antes, 409 STALE_VERSION',
    minimum: 0,
    maximum: MAX_VERSION,
    example: 3,
  })
  @IsVersion()
  version!: number;

  @ApiPropertyOptional({
    description:
      'Confirma guardar un contenido vacío sobre un documento que tiene contenido; sin ella se responde 409 EMPTY_OVERWRITE',
    default: false,
  })
  @IsOptional()
  @IsBoolean({ message: 'La confirmación de vaciar el documento debe ser verdadero o falso.' })
  confirmEmpty?: boolean;

  @ApiPropertyOptional({
    description:
      'Si este guardado restaura una versión anterior: su número. El contenido debe ser el de esa versión, sin cambios; ' +
      'queda registrado en la nueva versión y en el historial. Una versión que no existe o no es anterior: 422 RESTORE_INVALID',
    type: 'integer',
    minimum: 1,
    maximum: MAX_VERSION,
    example: 2,
  })
  @IsOptional()
  @IsRestoredVersion()
  restoredFromVersion?: number;
}

export class RegisterEntryDto {
  @ApiProperty({ description: CONTENT_DESCRIPTION, type: 'object', additionalProperties: true })
  @IsContent()
  content!: Record<string, unknown>;
}
