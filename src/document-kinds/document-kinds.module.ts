import { Module } from '@nestjs/common';
import { DocumentKindsController } from './document-kinds.controller';
import { DocumentKindsService } from './document-kinds.service';

// The shape of every kind of document, for forms and API clients (issue 10).
@Module({
  controllers: [DocumentKindsController],
  providers: [DocumentKindsService],
  exports: [DocumentKindsService],
})
export class DocumentKindsModule {}
