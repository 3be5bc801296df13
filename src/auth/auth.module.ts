import { Global, Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExpertAssignment } from '../agencies/expert-assignment.entity';
import { Membership } from '../agencies/membership.entity';
import { APP_CONFIG, AppConfig } from '../config/load-config';
import { User } from '../users/user.entity';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { BrowserSessionsService } from './browser-sessions.service';
import { AgencyScopeRegistry } from './policy/agency-scope.registry';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([User, Membership, ExpertAssignment]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A key object, so that jsonwebtoken does not try (and fail) to parse the secret as a
        // public key on every verification.
        secret: createSecretKey(Buffer.from(config.jwtSecret)),
        signOptions: { algorithm: 'HS256', expiresIn: config.jwtTtlSeconds, issuer: 'enfoque' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'enfoque' },
      }),
    }),
    // Only the login route is throttled (per client address), against password guessing.
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [{ name: 'login', ttl: 60_000, limit: config.loginThrottleLimit }],
    }),
  ],
  controllers: [AuthController],
  providers: [
    TokenService,
    AuthService,
    BrowserSessionsService,
    AgencyScopeRegistry,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokenService, AgencyScopeRegistry, BrowserSessionsService],
})
export class AuthModule {}
