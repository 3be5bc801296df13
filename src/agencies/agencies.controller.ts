import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import {
  AgencyMemberResponse,
  AgencyMemberWithPersonResponse,
  AgencyResponse,
  AssignedExpertResponse,
  ExpertAssignmentResponse,
} from './agency.responses';
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
  @ApiCreatedResponse({ description: 'El servicio creado', type: AgencyResponse })
  @ApiErrors(400, 401, 403, 409)
  create(@Body() dto: CreateAgencyDto, @CurrentPrincipal() principal: Principal) {
    return this.agencies.create(dto, principal.userId);
  }

  @Get()
  @UsePolicy('agencies.list')
  @ApiOkResponse({ description: 'Los servicios que quien consulta puede ver', type: [AgencyResponse] })
  @ApiErrors(401)
  list(@CurrentPrincipal() principal: Principal) {
    return this.agencies.listVisible(principal);
  }

  @Get(':agencyId')
  @UsePolicy('agencies.read')
  @ApiOkResponse({ description: 'El servicio', type: AgencyResponse })
  @ApiErrors(401, 403, 404)
  get(@Param('agencyId', UuidParam) agencyId: string) {
    return this.agencies.get(agencyId);
  }

  @Get(':agencyId/members')
  @UsePolicy('members.list')
  @ApiOkResponse({ description: 'Las personas del servicio y sus roles', type: [AgencyMemberWithPersonResponse] })
  @ApiErrors(401, 403, 404)
  listMembers(@Param('agencyId', UuidParam) agencyId: string) {
    return this.agencies.listMembers(agencyId);
  }

  @Post(':agencyId/members')
  @UsePolicy('members.add')
  @ApiCreatedResponse({ description: 'La membresía creada', type: AgencyMemberResponse })
  @ApiErrors(400, 401, 403, 404, 409)
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
  @ApiNoContentResponse({ description: 'La membresía se quitó' })
  @ApiErrors(401, 403, 404)
  removeMember(
    @Param('agencyId', UuidParam) agencyId: string,
    @Param('membershipId', UuidParam) membershipId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.agencies.removeMember(agencyId, membershipId, principal.userId);
  }

  @Get(':agencyId/experts')
  @UsePolicy('experts.list')
  @ApiOkResponse({
    description: 'Las expertas y expertos SERNAM asignados al servicio',
    type: [AssignedExpertResponse],
  })
  @ApiErrors(401, 403, 404)
  listExperts(@Param('agencyId', UuidParam) agencyId: string) {
    return this.agencies.listExperts(agencyId);
  }

  @Post(':agencyId/experts')
  @UsePolicy('experts.assign')
  @ApiCreatedResponse({ description: 'La asignación realizada', type: ExpertAssignmentResponse })
  @ApiErrors(400, 401, 403, 404, 409)
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
  @ApiNoContentResponse({ description: 'La asignación se quitó' })
  @ApiErrors(401, 403, 404)
  unassignExpert(
    @Param('agencyId', UuidParam) agencyId: string,
    @Param('userId', UuidParam) userId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.agencies.unassignExpert(agencyId, userId, principal.userId);
  }
}
