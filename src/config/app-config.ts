import { plainToInstance } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

// The environment as the operator writes it. Validated once at boot; nothing else reads process.env.
export class EnvironmentVariables {
  @IsOptional()
  @IsInt({ message: 'PORT debe ser un número entero' })
  @Min(1, { message: 'PORT debe estar entre 1 y 65535' })
  @Max(65535, { message: 'PORT debe estar entre 1 y 65535' })
  PORT?: number;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'DATABASE_URL debe ser una URL postgres://usuario@host:puerto/base',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'DATA_DIR no puede estar vacío' })
  DATA_DIR?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL debe ser una URL redis://host:puerto' })
  REDIS_URL?: string;

  @ValidateIf((env: EnvironmentVariables) => env.DATABASE_URL !== undefined || env.JWT_SECRET !== undefined)
  @IsString({ message: 'JWT_SECRET es obligatorio cuando se define DATABASE_URL' })
  @MinLength(32, { message: 'JWT_SECRET debe tener al menos 32 caracteres' })
  JWT_SECRET?: string;

  @IsOptional()
  @Matches(/^[^@\s]+@[^@\s]+$/, { message: 'ADMIN_EMAIL debe ser un correo electrónico' })
  ADMIN_EMAIL?: string;

  @ValidateIf((env: EnvironmentVariables) => env.ADMIN_PASSWORD !== undefined || env.ADMIN_EMAIL !== undefined)
  @IsString({ message: 'ADMIN_PASSWORD es obligatorio cuando se define ADMIN_EMAIL' })
  @MinLength(12, { message: 'ADMIN_PASSWORD debe tener al menos 12 caracteres' })
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'PUBLIC_URL debe ser una URL http(s)://' })
  PUBLIC_URL?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL debe ser fatal, error, warn, info, debug, trace o silent',
  })
  LOG_LEVEL?: string;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'MIGRATE_ON_START debe ser true o false' })
  MIGRATE_ON_START?: string;

  @IsOptional()
  @IsInt({ message: 'JWT_TTL_SECONDS debe ser un número entero' })
  @Min(60, { message: 'JWT_TTL_SECONDS debe ser al menos 60' })
  @Max(86400, { message: 'JWT_TTL_SECONDS debe ser a lo más 86400' })
  JWT_TTL_SECONDS?: number;

  @IsOptional()
  @Matches(/^[a-z0-9_-]{1,32}$/, { message: 'QUEUE_PREFIX debe tener hasta 32 letras minúsculas, dígitos, - o _' })
  QUEUE_PREFIX?: string;

  @IsOptional()
  @IsInt({ message: 'JOB_LOCK_MS debe ser un número entero' })
  @Min(1_000, { message: 'JOB_LOCK_MS debe ser al menos 1000' })
  @Max(600_000, { message: 'JOB_LOCK_MS debe ser a lo más 600000' })
  JOB_LOCK_MS?: number;

  @IsOptional()
  @IsInt({ message: 'LOGIN_THROTTLE_LIMIT debe ser un número entero' })
  @Min(1, { message: 'LOGIN_THROTTLE_LIMIT debe ser al menos 1' })
  LOGIN_THROTTLE_LIMIT?: number;

  @IsOptional()
  @IsInt({ message: 'DATABASE_STATEMENT_TIMEOUT_MS debe ser un número entero' })
  @Min(100, { message: 'DATABASE_STATEMENT_TIMEOUT_MS debe ser al menos 100' })
  @Max(600_000, { message: 'DATABASE_STATEMENT_TIMEOUT_MS debe ser a lo más 600000' })
  DATABASE_STATEMENT_TIMEOUT_MS?: number;

  @IsOptional()
  @IsInt({ message: 'RENDER_THREADS debe ser un número entero' })
  @Min(1, { message: 'RENDER_THREADS debe estar entre 1 y 8' })
  @Max(8, { message: 'RENDER_THREADS debe estar entre 1 y 8' })
  RENDER_THREADS?: number;

  @IsOptional()
  @IsInt({ message: 'DOSSIER_CONCURRENCY debe ser un número entero' })
  @Min(1, { message: 'DOSSIER_CONCURRENCY debe estar entre 1 y 32' })
  @Max(32, { message: 'DOSSIER_CONCURRENCY debe estar entre 1 y 32' })
  DOSSIER_CONCURRENCY?: number;

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL debe ser una URL smtp://usuario:clave@host:puerto' })
  SMTP_URL?: string;

  @IsOptional()
  @Matches(/^([^<>@\s][^<>@]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, {
    message: 'MAIL_FROM debe ser un correo electrónico, por ejemplo "Enfoque <no-responder@servicio.cl>"',
  })
  MAIL_FROM?: string;

  // The installation's certificate for signing records (PKCS#12); without it, a self-signed one.
  @ValidateIf(
    (env: EnvironmentVariables) =>
      env.RECORDS_SIGNING_P12 !== undefined || env.RECORDS_SIGNING_P12_PASSPHRASE !== undefined,
  )
  @MinLength(1, { message: 'RECORDS_SIGNING_P12 debe ser la ruta de un archivo .p12' })
  @IsString({ message: 'RECORDS_SIGNING_P12 es obligatorio cuando se define RECORDS_SIGNING_P12_PASSPHRASE' })
  RECORDS_SIGNING_P12?: string;

  @IsOptional()
  @IsString()
  RECORDS_SIGNING_P12_PASSPHRASE?: string;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuración inválida:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const ENV_KEYS = [
  'PORT',
  'DATABASE_URL',
  'DATA_DIR',
  'REDIS_URL',
  'JWT_SECRET',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'PUBLIC_URL',
  'LOG_LEVEL',
  'JWT_TTL_SECONDS',
  'LOGIN_THROTTLE_LIMIT',
  'QUEUE_PREFIX',
  'JOB_LOCK_MS',
  'SMTP_URL',
  'MAIL_FROM',
  'MIGRATE_ON_START',
  'DATABASE_STATEMENT_TIMEOUT_MS',
  'RENDER_THREADS',
  'DOSSIER_CONCURRENCY',
  'RECORDS_SIGNING_P12',
  'RECORDS_SIGNING_P12_PASSPHRASE',
] as const satisfies readonly (keyof EnvironmentVariables)[];
const INTEGER_KEYS: readonly string[] = [
  'PORT',
  'JWT_TTL_SECONDS',
  'LOGIN_THROTTLE_LIMIT',
  'JOB_LOCK_MS',
  'DATABASE_STATEMENT_TIMEOUT_MS',
  'RENDER_THREADS',
  'DOSSIER_CONCURRENCY',
];

// Integers are converted here, and only when they look like integers, so that "abc" is reported
// as a bad value instead of silently becoming NaN.
function pickKnown(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of ENV_KEYS) {
    const raw = env[key];
    if (raw === undefined || raw === '') continue;
    picked[key] = INTEGER_KEYS.includes(key) && /^-?\d+$/.test(raw) ? Number(raw) : raw;
  }
  return picked;
}

export function validateEnvironment(env: NodeJS.ProcessEnv): EnvironmentVariables {
  const instance = plainToInstance(EnvironmentVariables, pickKnown(env));
  const errors = validateSync(instance, { whitelist: true, forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigurationError(errors.flatMap((error) => Object.values(error.constraints ?? {}).slice(0, 1)));
  }
  return instance;
}
