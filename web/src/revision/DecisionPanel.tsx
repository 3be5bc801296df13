import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { CycleEventType } from '@procedure/events';
import { EVENT_ACTION_LABELS } from '@procedure/labels';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Cycle } from '../api/types';
import { useCycleEvent } from '../api/use-cycle-event';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useKeptText } from '../ui/use-kept-text';
import { confirmationText, isStale, refusalText, sendsBack } from './decision';
import { toObservationInputs, type ItemDraft } from './review-drafts';

const COMMENT_MAX = 4000;

// The gate's decision: the buttons the API allows, each confirmed in a dialog that says what
// will happen; a return or a denial carries the general observations and those on items. A
// refusal is shown in the dialog, in Spanish, keeping everything typed.
export function DecisionPanel({
  cycle,
  kinds,
  decisions,
  drafts,
  onDecided,
}: {
  cycle: Cycle;
  kinds: readonly string[];
  decisions: readonly CycleEventType[];
  drafts: readonly ItemDraft[];
  onDecided: (type: CycleEventType) => void;
}) {
  const queryClient = useQueryClient();
  const event = useCycleEvent(cycle.id);
  const [comment, setComment, clearComment] = useKeptText(`revision.${cycle.id}.comentario`);
  const [chosen, setChosen] = useState<CycleEventType | null>(null);
  const [missing, setMissing] = useState(false);
  const [reloading, setReloading] = useState(false);

  const open = (type: CycleEventType) => {
    event.reset();
    setMissing(false);
    setChosen(type);
  };
  const close = () => {
    if (!event.isPending) setChosen(null);
  };
  const confirm = () => {
    if (!chosen) return;
    const back = sendsBack(chosen);
    if (back && !comment.trim() && drafts.length === 0) {
      setMissing(true);
      return;
    }
    event.mutate(
      {
        type: chosen,
        revision: cycle.revision,
        ...(back ? { comment, observations: toObservationInputs(drafts) } : {}),
      },
      {
        onSuccess: () => {
          if (back) clearComment();
          setChosen(null);
          onDecided(chosen);
        },
      },
    );
  };
  const reload = async () => {
    setReloading(true);
    await queryClient.invalidateQueries({ queryKey: ['cycles', cycle.id] });
    setReloading(false);
    event.reset();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="decision-titulo">
      <Title order={2} fz="h4" id="decision-titulo">
        Su decisión
      </Title>
      <Text size="sm" mt={4}>
        Lea los documentos y sus cambios; agregue observaciones junto a los elementos que deban corregirse.
      </Text>
      <Group mt="sm" gap="sm">
        {decisions.map((type) => (
          <Button
            key={type}
            onClick={() => open(type)}
            variant={sendsBack(type) ? 'outline' : 'filled'}
            color={sendsBack(type) ? 'gobRed.8' : undefined}
          >
            {EVENT_ACTION_LABELS[type]}
          </Button>
        ))}
      </Group>

      <ConfirmDialog
        opened={chosen !== null}
        title={chosen ? `${EVENT_ACTION_LABELS[chosen]}: confirme su decisión` : ''}
        confirmLabel={chosen ? EVENT_ACTION_LABELS[chosen] : ''}
        onConfirm={confirm}
        onClose={close}
        pending={event.isPending}
        error={null}
        danger={chosen !== null && sendsBack(chosen)}
      >
        {chosen && (
          <Stack gap="sm">
            <Text>{confirmationText(chosen, kinds)}</Text>
            {sendsBack(chosen) ? (
              <>
                <Textarea
                  label="Observaciones"
                  description={
                    drafts.length > 0
                      ? `Observación general (opcional). Se envían también sus ${drafts.length} observaciones por elemento.`
                      : 'Qué debe corregirse y por qué. Se conserva en este navegador hasta enviarla.'
                  }
                  value={comment}
                  onChange={(e) => {
                    setComment(e.currentTarget.value);
                    if (missing) setMissing(false);
                  }}
                  maxLength={COMMENT_MAX}
                  autosize
                  minRows={4}
                  data-autofocus
                  required={drafts.length === 0}
                  error={
                    missing
                      ? 'Escriba las observaciones, o agregue observaciones junto a los elementos, antes de continuar.'
                      : undefined
                  }
                />
              </>
            ) : (
              drafts.length > 0 && (
                <Alert className="aviso" color="yellow" variant="light">
                  Sus{' '}
                  {drafts.length === 1
                    ? 'observación por elemento no se envía'
                    : `${drafts.length} observaciones por elemento no se envían`}{' '}
                  al {chosen === 'APPROVE' ? 'aprobar' : 'otorgar la visación'}: solo acompañan una devolución o una
                  denegación.
                </Alert>
              )
            )}
            {event.error !== null && (
              <Alert className="aviso" color="red" variant="light" title="Enfoque no aceptó la decisión" role="alert">
                <Stack gap="xs">
                  <Text size="sm">{refusalText(event.error)}</Text>
                  {isStale(event.error) && (
                    <Group>
                      <Button size="xs" variant="default" onClick={() => void reload()} loading={reloading}>
                        Recargar
                      </Button>
                      <Text size="xs">Lo que escribió se conserva.</Text>
                    </Group>
                  )}
                </Stack>
              </Alert>
            )}
          </Stack>
        )}
      </ConfirmDialog>
    </Paper>
  );
}
