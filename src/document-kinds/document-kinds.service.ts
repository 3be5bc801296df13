import { Injectable } from '@nestjs/common';
import { DOCUMENT_KIND_LABELS, STAGE_LABELS } from '../../workflows/labels';
import { notFound } from '../common/errors/domain.exception';
import {
  buildContentSchema,
  DOCUMENT_KIND_STAGES,
  isDocumentKind,
  isRegisterKind,
  type JsonSchema,
} from './content-schema';
import { DOCUMENT_KINDS } from './required-fields';

export interface DocumentKindView {
  kind: string;
  label: string;
  stage: string;
  stageLabel: string;
  /** Activity records and progress reports: many entries per cycle, registered, not gated. */
  register: boolean;
  schema: string;
}

// The schemas never change while the process runs: built once, on first use.
@Injectable()
export class DocumentKindsService {
  private readonly schemas = new Map<string, JsonSchema>();

  list(): DocumentKindView[] {
    return DOCUMENT_KINDS.map((kind) => ({
      kind,
      label: DOCUMENT_KIND_LABELS[kind],
      stage: DOCUMENT_KIND_STAGES[kind],
      stageLabel: STAGE_LABELS[DOCUMENT_KIND_STAGES[kind]],
      register: isRegisterKind(kind),
      schema: `/api/document-kinds/${kind}/schema`,
    }));
  }

  schema(kind: string): JsonSchema {
    if (!isDocumentKind(kind)) {
      throw notFound('DOCUMENT_KIND_NOT_FOUND', 'No existe ese tipo de documento');
    }
    let schema = this.schemas.get(kind);
    if (!schema) {
      schema = buildContentSchema(kind);
      this.schemas.set(kind, schema);
    }
    return schema;
  }
}
