import { Text } from '@mantine/core';
import { CHILE_TIME_ZONE } from '@procedure/chile-format';
import { errorMessage } from '../../api/client';
import type { SaveState } from './use-document-editor';

const time = new Intl.DateTimeFormat('es-CL', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: CHILE_TIME_ZONE,
});

export function saveStatusText(state: SaveState): string {
  switch (state.status) {
    case 'idle':
      return 'Sin cambios por guardar.';
    case 'pending':
      return 'Cambios sin guardar: se guardarán solos en unos segundos.';
    case 'saving':
      return 'Guardando…';
    case 'saved':
      return `Guardado a las ${time.format(state.at)}.`;
    case 'failed':
      return `No se guardó: ${errorMessage(state.error)} Sus cambios siguen en este navegador.`;
    case 'stale':
      return 'No se guardó: otra persona guardó una versión después de que usted abrió el documento.';
    case 'confirmEmpty':
      return 'No se guardó: confirme si desea vaciar el documento.';
  }
}

/** The save state, announced to screen readers as it changes. */
export function SaveStatus({ state }: { state: SaveState }) {
  const bad = state.status === 'failed' || state.status === 'stale';
  return (
    <Text role="status" aria-live="polite" c={bad ? 'red.8' : undefined} fw={bad ? 600 : undefined}>
      {saveStatusText(state)}
    </Text>
  );
}
