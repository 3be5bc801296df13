import { Alert, Anchor, List, Text } from '@mantine/core';
import { documentKindLabel } from '@procedure/labels';
import { Link } from 'react-router';
import type { Cycle } from '../api/types';
import { useItemObservations } from '../documentos/queries';
import { openObservationsLink, openObservationsToSubmit } from './open-observations';

const observationsInWords = (n: number) => (n === 1 ? '1 observación abierta' : `${n} observaciones abiertas`);

// In the "Enviar a aprobación" dialog: the observations of the last review still unanswered, each
// document with a link to its form filtered to them. A warning only: sending stays possible.
export function OpenObservationsWarning({ cycle }: { cycle: Cycle }) {
  const observations = useItemObservations(cycle.id);
  const open = openObservationsToSubmit(cycle.documents, observations.data?.items ?? []);
  if (open.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      title="Quedan observaciones sin responder"
      // On yellow, the title keeps the text colour (contrast 4.5:1).
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Text size="sm">
        Puede enviar igual, pero la Jefatura verá que no fueron respondidas ni marcadas como atendidas. Respóndalas o
        márquelas como atendidas en el formulario:
      </Text>
      <List size="sm" spacing={2} mt={4}>
        {open.map(({ kind, count }) => (
          <List.Item key={kind}>
            {documentKindLabel(kind)}: {observationsInWords(count)} ·{' '}
            <Anchor component={Link} to={openObservationsLink(cycle.id, kind)} size="sm">
              Ver{count === 1 ? 'la' : 'las'} en el formulario
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
