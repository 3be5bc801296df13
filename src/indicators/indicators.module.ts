import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { IndicatorResultsService } from './indicator-results.service';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';

@Module({
  imports: [DocumentsModule],
  controllers: [IndicatorsController],
  providers: [IndicatorsService, IndicatorResultsService],
  exports: [IndicatorResultsService],
})
export class IndicatorsModule {}
