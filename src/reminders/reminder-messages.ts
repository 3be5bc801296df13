import { formatChileDate } from '../common/chile-time';
import type { ReminderPhase } from './reminder-times';

// What a reminder says, in the notification and in the e-mail alike.

export interface Message {
  subject: string;
  body: string;
}

interface AgencyYear {
  agency: { code: string; name: string };
  year: number;
}

export function deadlineMessage(
  input: AgencyYear & { gateLabel: string; dueDate: string; phase: ReminderPhase; awaiting: string[] },
): Message {
  const when = formatChileDate(input.dueDate);
  const lead =
    input.phase === 'upcoming'
      ? `Se acerca el plazo del ${when} para «${input.gateLabel}».`
      : `Venció el plazo del ${when} para «${input.gateLabel}» y el ciclo aún no lo cumple.`;
  return {
    subject: `${input.phase === 'upcoming' ? 'Plazo próximo' : 'Plazo vencido'}: ${input.gateLabel} (${input.agency.code} ${input.year})`,
    body: [
      lead,
      `Servicio: ${input.agency.name} (${input.agency.code}), ciclo ${input.year}.`,
      `Debe actuar: ${input.awaiting.join(', ') || 'sin responsable asignado'}.`,
    ].join('\n'),
  };
}

export function commitmentMessage(
  input: AgencyYear & { itemId: string; description: string; deadline: string; phase: ReminderPhase },
): Message {
  const when = formatChileDate(input.deadline);
  const lead =
    input.phase === 'upcoming'
      ? `El compromiso ${input.itemId} del Programa de Seguimiento vence el ${when}.`
      : `El compromiso ${input.itemId} del Programa de Seguimiento venció el ${when} sin darse por cumplido.`;
  return {
    subject: `${input.phase === 'upcoming' ? 'Compromiso por vencer' : 'Compromiso vencido'}: ${input.itemId} (${input.agency.code} ${input.year})`,
    body: [
      lead,
      input.description,
      `Servicio: ${input.agency.name} (${input.agency.code}), Programa de Seguimiento del ciclo ${input.year}.`,
      'Registre su estado y sus medios de verificación, o la justificación si no se cumplió.',
    ]
      .filter(Boolean)
      .join('\n'),
  };
}
