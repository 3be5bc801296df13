import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Ip,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { LoginResponse, MeResponse, SessionResponse } from './auth.responses';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/load-config';
import { AuthService, describe } from './auth.service';
import { CurrentPrincipal } from './current-principal.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { UsePolicy } from './policy/use-policy.decorator';
import { Principal } from './principal';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from './session-cookie';

const clientOf = (request: Request, ip: string) => ({ ip, userAgent: request.headers['user-agent'] });

@ApiTags('sesión')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** API clients: a bearer token. */
  @Post('auth/login')
  @UsePolicy('auth.login')
  @UseGuards(ThrottlerGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Sesión iniciada: el token de acceso y quién lo recibió', type: LoginResponse })
  @ApiErrors(400, 401, 429)
  login(@Body() dto: LoginDto, @Ip() ip: string) {
    return this.auth.login(dto.email, dto.password, ip);
  }

  /** The web app: an httpOnly session cookie. */
  @Post('auth/session')
  @UsePolicy('auth.session')
  @UseGuards(ThrottlerGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Sesión iniciada: la cookie de sesión viene en Set-Cookie', type: SessionResponse })
  @ApiErrors(400, 401, 403, 429)
  async openSession(
    @Body() dto: LoginDto,
    @Ip() ip: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { token, user } = await this.auth.openSession(dto.email, dto.password, clientOf(request, ip));
    setSessionCookie(response, token, this.config);
    return { user };
  }

  /** "Cerrar sesión": ends the session on the server, whatever state the cookie is in. */
  @Delete('auth/session')
  @UsePolicy('auth.session')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Sesión cerrada' })
  @ApiErrors(403)
  async closeSession(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.closeSession(sessionTokenOf(request));
    clearSessionCookie(response, this.config);
  }

  @Get('me')
  @UsePolicy('me.read')
  @ApiBearerAuth()
  @ApiOkResponse({ description: 'Quién inició sesión y sus roles', type: MeResponse })
  @ApiErrors(401)
  me(@CurrentPrincipal() principal: Principal) {
    return describe(principal);
  }

  @Post('me/password')
  @UsePolicy('me.password')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Contraseña cambiada; las demás sesiones se cerraron' })
  @ApiErrors(400, 401, 403, 422)
  async changePassword(
    @Body() dto: ChangePasswordDto,
    @CurrentPrincipal() principal: Principal,
    @Ip() ip: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const browser = !request.headers.authorization;
    const { token } = await this.auth.changePassword(principal, dto.currentPassword, dto.newPassword, {
      ...clientOf(request, ip),
      browser,
    });
    if (token) setSessionCookie(response, token, this.config);
  }
}
