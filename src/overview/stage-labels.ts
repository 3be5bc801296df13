import type { StageId } from '../../workflows/context';

export const STAGE_LABELS: Record<StageId | 'closed', string> = {
  strategicDefinitions: 'Definiciones estratégicas (A1 y H)',
  diagnostic: 'Diagnóstico',
  planning: 'Planificación',
  implementation: 'Implementación y seguimiento',
  evaluation: 'Evaluación y Programa de Seguimiento',
  followUp: 'Seguimiento y Revisión por la Dirección',
  dissemination: 'Difusión',
  standardisation: 'Estandarización',
  closed: 'Cerrado',
};

export const stageLabel = (stage: string): string => (STAGE_LABELS as Record<string, string>)[stage] ?? stage;
