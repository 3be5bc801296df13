import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { declaredRoutes, publicRequestMatcher } from './auth/policy/declared-routes';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { jsonBodyParser } from './common/http/body-parsing';
import { BODY_LIMITS, JsonBodyPipe } from './common/http/json-body.pipe';
import { MediaTypeInterceptor } from './common/http/media-type.interceptor';
import { noStore } from './common/http/no-store';
import { requestId } from './common/http/request-id';
import { validationExceptionFactory } from './common/errors/validation-errors';
import { AppConfig } from './config/load-config';
import { mountVerifyPage } from './records/verify-page.route';
import { mountWebApp } from './web/web-app.route';

export const JSON_BODY_LIMIT = 2 * 1024 * 1024;
// Signing in sends an e-mail and a password; nothing public needs more.
export const PUBLIC_JSON_BODY_LIMIT = 8 * 1024;

// Builds the HTTP application exactly as production runs it; e2e tests use this too.
export async function createHttpApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, 'api'), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.use(requestId);
  app.use(helmet());
  app.use(cookieParser());
  app.use(noStore);
  app.use(
    ...jsonBodyParser(
      { signedIn: JSON_BODY_LIMIT, public: PUBLIC_JSON_BODY_LIMIT, maxDepth: BODY_LIMITS.maxDepth },
      publicRequestMatcher(declaredRoutes(app)),
    ),
  );
  app.set('trust proxy', 'loopback');
  app.useGlobalPipes(
    new JsonBodyPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalInterceptors(new MediaTypeInterceptor());
  app.useGlobalFilters(new AllExceptionsFilter());
  mountVerifyPage(app);
  mountWebApp(app);
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app));
  return app;
}

// The OpenAPI document (/api/docs, /api/docs-json); scripts/openapi.ts writes it for the web app's
// types from an application that never connects to the database.
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Enfoque')
    .setDescription('API del Sistema Enfoque de Género (PMG)')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}
