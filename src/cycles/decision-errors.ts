import { HttpStatus } from '@nestjs/common';
import type { CycleEventType, DecisionErrorCode } from '../../workflows/cycle-engine';
import { DomainException } from '../common/errors/domain.exception';

const ERRORS: Record<DecisionErrorCode, [HttpStatus, string]> = {
  EVENT_NOT_ALLOWED: [HttpStatus.CONFLICT, 'Esta acción no es posible en el estado actual del ciclo'],
  FORBIDDEN: [HttpStatus.FORBIDDEN, 'Su rol en este servicio no permite realizar esta acción'],
  SELF_APPROVAL: [HttpStatus.FORBIDDEN, 'No puede aprobar, devolver ni visar documentos de los que es autor/a'],
  COMMENT_REQUIRED: [HttpStatus.BAD_REQUEST, 'Debe escribir las observaciones al devolver o denegar'],
  INVALID_EVENT: [HttpStatus.UNPROCESSABLE_ENTITY, 'La acción no corresponde a los documentos actuales del ciclo'],
};

export function decisionError(code: DecisionErrorCode, allowed: CycleEventType[]): DomainException {
  const [status, message] = ERRORS[code];
  return new DomainException(status, code, message, { allowed });
}
