import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesController } from './agencies.controller';
import { AgenciesService } from './agencies.service';
import { Agency } from './agency.entity';
import { ExpertAssignment } from './expert-assignment.entity';
import { Membership } from './membership.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Agency, Membership, ExpertAssignment])],
  controllers: [AgenciesController],
  providers: [AgenciesService],
  exports: [AgenciesService],
})
export class AgenciesModule {}
