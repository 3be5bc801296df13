import type { RegisterDocumentKind } from '@procedure/document-kinds';

// What the Ejecución screen calls each register and its entries.
export interface RegisterWords {
  /** The section's heading. */
  heading: string;
  /** Opens the form. */
  open: string;
  formTitle: string;
  submit: string;
  /** Announced once the API has the entry. */
  registered: string;
  empty: string;
  /** The kept, unsent entry offered back. */
  offerTitle: (at: string) => string;
  offerText: string;
  offerRecover: string;
  offerDiscard: string;
}

export const REGISTER_WORDS: Readonly<Record<RegisterDocumentKind, RegisterWords>> = {
  'activity-record': {
    heading: 'Actividades realizadas',
    open: 'Registrar actividad',
    formTitle: 'Nueva actividad realizada',
    submit: 'Registrar esta actividad',
    registered: 'Actividad registrada',
    empty: 'Aún no se registran actividades realizadas en este ciclo.',
    offerTitle: (at) => `Tiene una actividad sin registrar, escrita el ${at}`,
    offerText:
      'Quedó en este navegador sin llegar a registrarse. Puede recuperarla para completarla y registrarla, o descartarla.',
    offerRecover: 'Recuperar la actividad',
    offerDiscard: 'Descartar la actividad',
  },
  'progress-report': {
    heading: 'Informes de avance',
    open: 'Registrar informe de avance',
    formTitle: 'Nuevo informe de avance',
    submit: 'Registrar este informe',
    registered: 'Informe de avance registrado',
    empty: 'Aún no se registran informes de avance en este ciclo.',
    offerTitle: (at) => `Tiene un informe de avance sin registrar, escrito el ${at}`,
    offerText:
      'Quedó en este navegador sin llegar a registrarse. Puede recuperarlo para completarlo y registrarlo, o descartarlo.',
    offerRecover: 'Recuperar el informe',
    offerDiscard: 'Descartar el informe',
  },
};
