import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { ItemObservation } from '../api/types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useKeptText } from '../ui/use-kept-text';

const ANSWER_MAX = 2000;

// The authors' answer to one observation, or the mark that the document now addresses it. The
// text is kept in this browser until it is sent.
export function AnswerForm({ observation, cycleId }: { observation: ItemObservation; cycleId: string }) {
  const queryClient = useQueryClient();
  const [answer, setAnswer, clearAnswer] = useKeptText(`observacion.${observation.id}.respuesta`);
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState('');
  const id = useId();
  const send = useMutation({
    mutationFn: (addressed: boolean) =>
      api<ItemObservation>(`/observations/${observation.id}/answer`, {
        method: 'POST',
        body: { addressed, ...(answer.trim() ? { answer: answer.trim() } : {}) },
      }),
    onSuccess: (_saved, addressed) => {
      clearAnswer();
      setDone(addressed ? 'Observación marcada como atendida.' : 'Respuesta enviada.');
      void queryClient.invalidateQueries({ queryKey: keys.observations(cycleId) });
      void queryClient.invalidateQueries({ queryKey: keys.history(cycleId) });
    },
  });
  const submit = (addressed: boolean) => {
    setDone('');
    if (!addressed && !answer.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    send.mutate(addressed);
  };
  return (
    <Stack gap={6} mt="xs">
      <Textarea
        id={`${id}-respuesta`}
        label="Respuesta"
        description="Explique qué cambió en el documento o por qué no corresponde. Se conserva en este navegador hasta enviarla."
        value={answer}
        onChange={(event) => setAnswer(event.currentTarget.value)}
        maxLength={ANSWER_MAX}
        autosize
        minRows={2}
        error={missing ? 'Escriba la respuesta antes de enviarla, o marque la observación como atendida.' : undefined}
      />
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => submit(false)} loading={send.isPending && !send.variables}>
          Enviar respuesta
        </Button>
        <Button size="xs" onClick={() => submit(true)} loading={send.isPending && send.variables}>
          Marcar como atendida
        </Button>
      </Group>
      <ErrorAlert error={send.error} title="Enfoque no guardó la respuesta" />
      <Text size="sm" role="status" aria-live="polite" c="green.9">
        {done}
      </Text>
    </Stack>
  );
}
