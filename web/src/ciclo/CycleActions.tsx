import { Alert, Anchor, Box, Button, Group, List, Text, Textarea, Title } from '@mantine/core';
import type { CycleEventType } from '@procedure/events';
import { EVENT_ACTION_LABELS, historyEntryLabel } from '@procedure/labels';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError, errorMessage } from '../api/client';
import { keys } from '../api/keys';
import type { Cycle, HistoryEntry } from '../api/types';
import { useCycleEvent } from '../api/use-cycle-event';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useKeptText } from '../ui/use-kept-text';
import { confirmationOf, planActions, problemsOf, replyNeeded } from './cycle-actions';
import { OpenObservationsWarning } from './OpenObservationsWarning';
import { awaitingInWords } from './timeline';
import { READABLE_TITLE } from '../ui/alert-styles';

const COMMENT_MAX = 4000;

// What the person may do on this cycle now. A gate's decision opens the revision screen; every
// other action is confirmed in a dialog that says what will happen and, if Enfoque refuses it,
// why, in Spanish, without closing.
export function CycleActions({ cycle }: { cycle: Cycle }) {
  const plan = planActions(cycle.allowedEvents);
  const queryClient = useQueryClient();
  const mutation = useCycleEvent(cycle.id);
  const [open, setOpen] = useState<CycleEventType | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const [comment, setComment, clearComment] = useKeptText(`ciclo.${cycle.id}.ajuste`);
  const [reply, setReply, clearReply] = useKeptText(`ciclo.${cycle.id}.respuesta`);
  const confirmation = open ? confirmationOf(open, cycle) : null;
  // The same query as the cycle's history: whether the documents were sent back and not changed since.
  const history = useQuery({
    queryKey: keys.history(cycle.id),
    queryFn: () => api<HistoryEntry[]>(`/cycles/${cycle.id}/history`),
    enabled: cycle.allowedEvents.includes('SUBMIT'),
  });
  const refusedForReply = mutation.error instanceof ApiError && mutation.error.code === 'REPLY_REQUIRED';
  const sentBack =
    open === 'SUBMIT'
      ? (replyNeeded(history.data ?? [], cycle.documents) ?? (refusedForReply ? 'RETURN' : null))
      : null;

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const start = (type: CycleEventType) => {
    mutation.reset();
    setDone(null);
    setOpen(type);
  };
  const close = () => {
    if (mutation.isPending) return;
    setOpen(null);
    mutation.reset();
  };
  const confirm = () => {
    if (!open || !confirmation) return;
    const type = open;
    const text = confirmation.comment ? comment : sentBack ? reply : undefined;
    mutation.mutate(
      { type, revision: cycle.revision, comment: text },
      {
        onSuccess: () => {
          if (confirmation.comment) clearComment();
          if (sentBack) clearReply();
          setOpen(null);
          setDone(`${historyEntryLabel(type)}.`);
        },
        onError: (error) => {
          // Someone acted first: load the cycle as it is now, so that a retry is against it.
          if (error instanceof ApiError && error.code === 'STALE_REVISION')
            void queryClient.invalidateQueries({ queryKey: keys.cycle(cycle.id) });
        },
      },
    );
  };

  const awaiting = awaitingInWords(cycle.awaiting);
  return (
    <Box component="section" aria-labelledby="acciones-titulo">
      <Title order={2} id="acciones-titulo" mb="xs">
        Lo que puede hacer ahora
      </Title>
      {done && (
        <Alert ref={doneRef} tabIndex={-1} color="teal" variant="light" title="Listo" role="status" mb="sm">
          {done}
        </Alert>
      )}
      {plan.decide || plan.direct.length > 0 ? (
        <Group gap="sm">
          {plan.decide && (
            <Button component={Link} to={`/ciclos/${cycle.id}/revision`}>
              Revisar y decidir
            </Button>
          )}
          {plan.direct.map((type) => (
            <Button key={type} variant={plan.decide ? 'default' : 'filled'} onClick={() => start(type)}>
              {EVENT_ACTION_LABELS[type]}
            </Button>
          ))}
        </Group>
      ) : (
        <Text size="sm">
          {cycle.status === 'closed'
            ? 'El ciclo está cerrado; no queda ninguna acción pendiente.'
            : `No tiene acciones pendientes en este ciclo.${awaiting ? ` Se espera a: ${awaiting}.` : ''}`}
        </Text>
      )}

      {confirmation && (
        <ConfirmDialog
          opened
          title={confirmation.title}
          confirmLabel={confirmation.confirmLabel}
          onConfirm={confirm}
          onClose={close}
          pending={mutation.isPending}
          error={null}
          danger={open === 'COMPLETE'}
          confirmDisabled={sentBack !== null && reply.trim() === ''}
        >
          <Text>{confirmation.body}</Text>
          {open === 'SUBMIT' && <OpenObservationsWarning cycle={cycle} />}
          {sentBack && (
            <>
              <Alert
                color="yellow"
                variant="light"
                styles={READABLE_TITLE}
                title="Los documentos no cambiaron desde que se devolvieron"
              >
                {sentBack === 'RETURN' ? 'La Jefatura los devolvió' : 'SERNAM denegó su visación'} y ninguno tiene una
                versión nueva desde entonces. Para enviarlos sin cambios, responda a las observaciones: su respuesta
                queda en el historial del ciclo. Si prefiere corregirlos, cancele y edite los documentos.
              </Alert>
              <Textarea
                label="Su respuesta a las observaciones"
                description="Obligatoria para enviar sin cambios. Lo que escriba se conserva en este navegador hasta enviarlo."
                required
                value={reply}
                onChange={(event) => setReply(event.currentTarget.value)}
                maxLength={COMMENT_MAX}
                autosize
                minRows={3}
              />
            </>
          )}
          {confirmation.comment && (
            <Textarea
              label="Motivo del ajuste (opcional)"
              description="Queda en el historial del ciclo. Lo que escriba se conserva en este navegador hasta enviarlo."
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              maxLength={COMMENT_MAX}
              autosize
              minRows={3}
            />
          )}
          <Refusal error={mutation.error} cycleId={cycle.id} />
        </ConfirmDialog>
      )}
    </Box>
  );
}

/** Enfoque's refusal in its Spanish words; for an incomplete submission, every problem it found. */
function Refusal({ error, cycleId }: { error: unknown; cycleId: string }) {
  if (!error) return null;
  const problems = problemsOf(error, cycleId);
  return (
    <Alert color="red" variant="light" title="Enfoque no aceptó la acción" role="alert">
      <Text size="sm">{errorMessage(error)}</Text>
      {problems.length > 0 && (
        <>
          <Text size="sm" fw={700} mt="xs">
            Complete lo siguiente y vuelva a enviar:
          </Text>
          <List size="sm" spacing={2} mt={4} aria-label="Lo que falta">
            {problems.map((problem) => (
              <List.Item key={problem.text}>
                {problem.href ? (
                  // The text colour, underlined: the link blue is too pale on the alert's red tint.
                  <Anchor component={Link} to={problem.href} c="var(--mantine-color-text)" underline="always">
                    {problem.text}
                  </Anchor>
                ) : (
                  problem.text
                )}
              </List.Item>
            ))}
          </List>
          <Text size="sm" mt={4}>
            Cada punto lleva al campo del documento, con la revisión hecha.
          </Text>
        </>
      )}
    </Alert>
  );
}
