import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { Principal } from '../auth/principal';
import { UuidParam } from '../common/http/uuid-param.pipe';
import { AgenciesService } from './agencies.service';
import { AddMemberDto } from './dto/add-member.dto';
import { AssignExpertDto } from './dto/assign-expert.dto';
import { CreateAgencyDto } from './dto/create-agency.dto';

@ApiTags('servicios')
@ApiBearerAuth()
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Post()
  @UsePolicy('agencies.create')
  create(@Body() dto: CreateAgencyDto, @CurrentPrincipal() principal: Principal) {
    return this.agencies.create(dto, principal.userId);
  }

  @Get()
  @UsePolicy('agencies.list')
  list(@CurrentPrincipal() principal: Principal) {
    return this.agencies.listVisible(principal);
  }

  @Get(':agencyId')
  @UsePolicy('agencies.read')
  get(@Param('agencyId', UuidParam) agencyId: string) {
    return this.agencies.get(agencyId);
  }

  @Get(':agencyId/members')
  @UsePolicy('members.list')
  listMembers(@Param('agencyId', UuidParam) agencyId: string) {
    return this.agencies.listMembers(agencyId);
  }

  @Post(':agencyId/members')
  @UsePolicy('members.add')
  addMember(
    @Param('agencyId', UuidParam) agencyId: string,
    @Body() dto: AddMemberDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.agencies.addMember(agencyId, dto, principal.userId);
  }

  @Delete(':agencyId/members/:membershipId')
  @UsePolicy('members.remove')
  @HttpCode(HttpStatus.NO_CONTENT)
  removeMember(
    @Param('agencyId', UuidParam) agencyId: string,
    @Param('membershipId', UuidParam) membershipId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.agencies.removeMember(agencyId, membershipId, principal.userId);
  }

  @Get(':agencyId/experts')
  @UsePolicy('experts.list')
  listExperts(@Param('agencyId', UuidParam) agencyId: string) {
    return this.agencies.listExperts(agencyId);
  }

  @Post(':agencyId/experts')
  @UsePolicy('experts.assign')
  assignExpert(
    @Param('agencyId', UuidParam) agencyId: string,
    @Body() dto: AssignExpertDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.agencies.assignExpert(agencyId, dto.userId, principal.userId);
  }

  @Delete(':agencyId/experts/:userId')
  @UsePolicy('experts.unassign')
  @HttpCode(HttpStatus.NO_CONTENT)
  unassignExpert(
    @Param('agencyId', UuidParam) agencyId: string,
    @Param('userId', UuidParam) userId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.agencies.unassignExpert(agencyId, userId, principal.userId);
  }
}
