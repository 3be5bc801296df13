import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { DocumentStartsController } from './document-starts.controller';
import { EvaluationPrefillService } from './evaluation-prefill.service';
import { PreviousYearService } from './previous-year.service';

// Apart from the documents module: the evaluation's pre-fill reads the indicators, which
// themselves read the documents.
@Module({
  imports: [DocumentsModule, IndicatorsModule],
  controllers: [DocumentStartsController],
  providers: [PreviousYearService, EvaluationPrefillService],
})
export class DocumentStartsModule {}
