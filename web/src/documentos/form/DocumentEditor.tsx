import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { FieldList } from './FieldControl';
import { FormContext, type FormState } from './form-context';
import { useSyncedStore } from './form-store';
import { ObservationsAboveForm, ONLY_OPEN_LABEL } from './ObservationsAboveForm';
import { setIn, type Path } from './paths';
import { useKindFields } from './queries';
import { SaveStatus } from './SaveStatus';
import { useDocumentEditor } from './use-document-editor';
import { useFormObservations, type EditorObservations } from './use-form-observations';

// The "Editar" mode of a document: its form, drawn from the kind's schema, with the save state
// always in view, "Guardar" to save at once, and what to do when the API does not take a save.
// The head's and SERNAM's observations are shown at the field or item each is about.

export function DocumentEditor({
  cycleId,
  kind,
  storageKey,
  start,
  onClose,
  observations,
}: {
  cycleId: string;
  kind: string;
  storageKey: string;
  start: { content: unknown; baseVersion: number; dirty: boolean };
  onClose: () => void;
  observations?: EditorObservations;
}) {
  const fields = useKindFields(kind);
  const editor = useDocumentEditor(cycleId, kind, storageKey, start);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const { change, content } = editor;
  const store = useSyncedStore(content);
  const set = useCallback(
    (path: Path, value: unknown) => {
      const next = setIn(store.getRoot(), path, value);
      store.replace(next);
      change(next);
    },
    [store, change],
  );
  const observed = useFormObservations(fields.data, store, observations);
  const form = useMemo(
    (): FormState => ({ cycleId, kind, store, set, errors: editor.errors, observations: observed.lookup }),
    [cycleId, kind, store, set, editor.errors, observed.lookup],
  );
  const { state } = editor;
  const busy = state.status === 'saving';

  return (
    <Stack gap="md">
      <Paper withBorder p="sm" pos="sticky" top={70} style={{ zIndex: 2 }} bg="var(--mantine-color-body)">
        <Group justify="space-between" wrap="wrap">
          <SaveStatus state={state} />
          <Group gap="xs">
            <Button onClick={() => void editor.save()} loading={busy} disabled={state.status === 'stale'}>
              Guardar
            </Button>
            <Button
              variant="default"
              disabled={busy}
              onClick={() => {
                if (state.status === 'pending') void editor.save();
                onClose();
              }}
            >
              Terminar edición
            </Button>
          </Group>
        </Group>
      </Paper>

      {state.status === 'stale' && (
        <Alert color="yellow" title="Otra persona guardó este documento mientras usted lo editaba" role="alert">
          <Stack gap="xs">
            <Text>
              Sus cambios siguen en el formulario y en este navegador; no se perdió nada. Puede cargar la versión
              {state.currentVersion ? ` ${state.currentVersion}` : ''} guardada por la otra persona (sus cambios se
              descartan) o guardar la suya como una nueva versión encima de ella. La combinación campo por campo llegará
              más adelante.
            </Text>
            <ErrorAlert error={reloadError} title="No se pudo cargar la otra versión" />
            <Group gap="xs">
              <Button
                variant="default"
                onClick={() => {
                  setReloadError(null);
                  editor.takeSaved().catch(setReloadError);
                }}
              >
                Cargar la versión de la otra persona
              </Button>
              {state.currentVersion !== null && (
                <Button onClick={() => void editor.save({ overVersion: state.currentVersion ?? undefined })}>
                  Guardar la mía como nueva versión
                </Button>
              )}
            </Group>
          </Stack>
        </Alert>
      )}
      {state.status === 'failed' && editor.errors.size > 0 && (
        <Alert color="red" title="Revise los campos marcados" role="alert">
          <Text size="sm">Cada problema se muestra también junto a su campo:</Text>
          <ul>
            {[...editor.errors.values()].flat().map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </Alert>
      )}

      {observations && (
        <ObservationsAboveForm
          cycleId={cycleId}
          root={content}
          observations={observations}
          unplaced={observed.unplaced}
        />
      )}

      {fields.isPending ? (
        <Loading label="Cargando el formulario…" />
      ) : fields.error ? (
        <ErrorAlert error={fields.error} title="No se pudo cargar el formulario" />
      ) : (
        <FormContext.Provider value={form}>
          <form
            aria-label="Formulario del documento"
            onSubmit={(event) => {
              event.preventDefault();
              void editor.save();
            }}
          >
            {observed.noneOpen ? (
              <Text role="status">
                Ningún campo tiene observaciones abiertas. Desmarque «{ONLY_OPEN_LABEL}» para ver el formulario
                completo.
              </Text>
            ) : (
              <FieldList fields={fields.data} path={[]} />
            )}
          </form>
        </FormContext.Provider>
      )}

      <ConfirmDialog
        opened={state.status === 'confirmEmpty'}
        title="¿Vaciar el documento?"
        confirmLabel="Sí, guardarlo vacío"
        danger
        pending={false}
        error={null}
        onClose={editor.cancelEmpty}
        onConfirm={() => void editor.save({ confirmEmpty: true })}
      >
        Lo que va a guardar dejaría vacío un documento que tiene contenido. La versión anterior seguirá en el historial
        de versiones. ¿Desea guardarlo vacío?
      </ConfirmDialog>
    </Stack>
  );
}
