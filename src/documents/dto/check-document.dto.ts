import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsContent } from './save-document.dto';

// "Revisar": what the person has typed, checked as if it were saved; without it, the saved version.
export class CheckDocumentDto {
  // Checked in depth against the kind's schema by validateContent, as a save's content is.
  @ApiPropertyOptional({
    description:
      'Contenido escrito y aún no guardado, que se revisa en lugar de la versión guardada; su forma por tipo en GET /api/document-kinds/{kind}/schema',
    type: 'object',
    additionalProperties: true,
  })
  @IsOptional()
  @IsContent()
  content?: Record<string, unknown>;
}
