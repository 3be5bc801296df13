import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { RegisterDocumentKind } from '@procedure/document-kinds';
import { useEffect, useMemo, useRef } from 'react';
import { errorMessage } from '../api/client';
import type { RegisterEntry } from '../api/types';
import { FieldList } from '../documentos/form/FieldControl';
import { FormContext, type FormState } from '../documentos/form/form-context';
import { useSyncedStore } from '../documentos/form/form-store';
import { setIn } from '../documentos/form/paths';
import { useKindFields } from '../documentos/form/queries';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { REGISTER_WORDS } from './register-words';
import { useEntryForm } from './use-entry-form';

// The form of a new activity record or progress report, drawn from its kind's schema like a
// document's (references are pickers of the work programme's activities and indicators).

export function EntryForm({
  cycleId,
  kind,
  storageKey,
  start,
  onRegistered,
  onClose,
}: {
  cycleId: string;
  kind: RegisterDocumentKind;
  storageKey: string;
  start: unknown;
  onRegistered: (entry: RegisterEntry) => void;
  onClose: () => void;
}) {
  const words = REGISTER_WORDS[kind];
  const fields = useKindFields(kind);
  const form = useEntryForm(cycleId, kind, storageKey, start);
  const { content, set, errors, state } = form;
  const store = useSyncedStore(content);
  const context = useMemo(
    (): FormState => ({
      cycleId,
      kind,
      store,
      set: (path, value) => {
        store.replace(setIn(store.getRoot(), path, value));
        set(path, value);
      },
      errors,
    }),
    [cycleId, kind, store, set, errors],
  );
  const summary = useRef<HTMLDivElement>(null);
  const titleId = `nuevo-${kind}`;
  const failed = state.status === 'failed';
  const messages = [...errors.values()].flat();

  // A refusal takes the focus to what went wrong, so that it is read out at once.
  useEffect(() => {
    if (failed) summary.current?.focus();
  }, [failed, state]);

  const send = async () => {
    const entry = await form.submit();
    if (entry) onRegistered(entry);
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <div>
          <Title order={3} id={titleId}>
            {words.formTitle}
          </Title>
          <Text size="sm" c="dimmed">
            Lo que escriba queda guardado en este navegador hasta que lo registre: puede cerrar el formulario o la
            página y retomarlo después.
          </Text>
        </div>

        {failed && (
          <div ref={summary} tabIndex={-1}>
            {messages.length > 0 ? (
              <Alert color="red" title={`No se registró: ${errorMessage(state.error)}`} role="alert">
                <Text size="sm">Corrija lo siguiente (cada problema se muestra también junto a su campo):</Text>
                <ul>
                  {messages.map((message, i) => (
                    <li key={i}>{message}</li>
                  ))}
                </ul>
              </Alert>
            ) : (
              <ErrorAlert error={state.error} title="No se registró" />
            )}
          </div>
        )}

        {fields.isPending ? (
          <Loading label="Cargando el formulario…" />
        ) : fields.error ? (
          <ErrorAlert error={fields.error} title="No se pudo cargar el formulario" />
        ) : (
          <FormContext.Provider value={context}>
            <form
              aria-labelledby={titleId}
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void send();
              }}
            >
              <Stack gap="md">
                <FieldList fields={fields.data} path={[]} />
                <Group gap="xs">
                  <Button type="submit" loading={state.status === 'sending'}>
                    {words.submit}
                  </Button>
                  <Button variant="default" onClick={onClose} disabled={state.status === 'sending'}>
                    Cerrar el formulario
                  </Button>
                </Group>
              </Stack>
            </form>
          </FormContext.Provider>
        )}
      </Stack>
    </Paper>
  );
}
