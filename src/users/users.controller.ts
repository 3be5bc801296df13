import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { Principal } from '../auth/principal';
import { PaginationQuery } from '../common/http/pagination.dto';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserListResponse, UserResponse } from './user.responses';
import { UsersService } from './users.service';

@ApiTags('personas')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @UsePolicy('users.create')
  @ApiCreatedResponse({ description: 'La persona creada', type: UserResponse })
  @ApiErrors(400, 401, 403, 409)
  create(@Body() dto: CreateUserDto, @CurrentPrincipal() principal: Principal) {
    return this.users.create(dto, principal.userId);
  }

  @Get()
  @UsePolicy('users.list')
  @ApiOkResponse({ description: 'Una página de las personas registradas', type: UserListResponse })
  @ApiErrors(400, 401, 403)
  list(@Query() page: PaginationQuery) {
    return this.users.list(page);
  }

  @Patch(':userId')
  @UsePolicy('users.update')
  @ApiOkResponse({ description: 'La persona tras el cambio', type: UserResponse })
  @ApiErrors(400, 401, 403, 404)
  update(
    @Param('userId', UuidParam) userId: string,
    @Body() dto: UpdateUserDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.users.update(userId, dto, principal.userId);
  }
}
