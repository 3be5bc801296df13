import { Body, Controller, Get, HttpCode, HttpStatus, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { AuthService, describe } from './auth.service';
import { CurrentPrincipal } from './current-principal.decorator';
import { LoginDto } from './dto/login.dto';
import { UsePolicy } from './policy/use-policy.decorator';
import { Principal } from './principal';

@ApiTags('sesión')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/login')
  @UsePolicy('auth.login')
  @UseGuards(ThrottlerGuard)
  @HttpCode(HttpStatus.OK)
  login(@Body() dto: LoginDto, @Ip() ip: string) {
    return this.auth.login(dto.email, dto.password, ip);
  }

  @Get('me')
  @UsePolicy('me.read')
  @ApiBearerAuth()
  me(@CurrentPrincipal() principal: Principal) {
    return describe(principal);
  }
}
