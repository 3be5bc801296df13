import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { DocumentKindsService } from './document-kinds.service';

@ApiTags('tipos de documento')
@ApiBearerAuth()
@Controller('document-kinds')
export class DocumentKindsController {
  constructor(private readonly kinds: DocumentKindsService) {}

  @Get()
  @UsePolicy('documentKinds.read')
  @ApiOperation({ summary: 'Tipos de documento del ciclo: nombre, etapa y si es un registro' })
  list() {
    return this.kinds.list();
  }

  @Get(':kind/schema')
  @UsePolicy('documentKinds.read')
  @ApiOperation({
    summary: 'JSON Schema (2020-12) del contenido de un tipo de documento, con nombres y ayudas en castellano',
  })
  schema(@Param('kind') kind: string) {
    return this.kinds.schema(kind);
  }
}
