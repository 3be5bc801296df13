import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/errors/error.responses';
import { UsePolicy } from '../auth/policy/use-policy.decorator';
import { DocumentKindResponse, DocumentKindSchemaResponse } from './document-kinds.responses';
import { DocumentKindsService } from './document-kinds.service';
import { DOCUMENT_KINDS } from './required-fields';

@ApiTags('tipos de documento')
@ApiBearerAuth()
@Controller('document-kinds')
export class DocumentKindsController {
  constructor(private readonly kinds: DocumentKindsService) {}

  @Get()
  @UsePolicy('documentKinds.read')
  @ApiOperation({ summary: 'Tipos de documento del ciclo: nombre, etapa y si es un registro' })
  @ApiOkResponse({ description: 'Los tipos de documento, en el orden del ciclo', type: [DocumentKindResponse] })
  @ApiErrors(401)
  list() {
    return this.kinds.list();
  }

  @Get(':kind/schema')
  @UsePolicy('documentKinds.read')
  @ApiOperation({
    summary: 'JSON Schema (2020-12) del contenido de un tipo de documento, con nombres y ayudas en castellano',
  })
  @ApiParam({ name: 'kind', description: 'Clase de documento', enum: [...DOCUMENT_KINDS], example: 'diagnostic' })
  @ApiOkResponse({
    description: 'El JSON Schema del contenido de ese tipo de documento',
    type: DocumentKindSchemaResponse,
  })
  @ApiErrors(401, 404)
  schema(@Param('kind') kind: string) {
    return this.kinds.schema(kind);
  }
}
