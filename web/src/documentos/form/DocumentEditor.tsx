import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { ConflictResolver } from './conflict/ConflictResolver';
import { FieldList } from './FieldControl';
import { FormContext, type FormState } from './form-context';
import { useSyncedStore } from './form-store';
import { ObservationsAboveForm, ONLY_OPEN_LABEL } from './ObservationsAboveForm';
import { setIn, type Path } from './paths';
import { useKindFields } from './queries';
import { SaveStatus } from './SaveStatus';
import { useDocumentEditor } from './use-document-editor';
import { useFormObservations, type EditorObservations } from './use-form-observations';
import { joinErrors } from './review/problems';
import { ReviewSummary } from './review/ReviewSummary';
import { useReview, useReviewFocus } from './review/use-review';

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
  reviewAtOnce = false,
}: {
  cycleId: string;
  kind: string;
  storageKey: string;
  start: { content: unknown; baseVersion: number; dirty: boolean };
  onClose: () => void;
  observations?: EditorObservations;
  /** Run "Revisar" on opening (a link from a refused SUBMIT, ?revisar=1). */
  reviewAtOnce?: boolean;
}) {
  const fields = useKindFields(kind);
  const editor = useDocumentEditor(cycleId, kind, storageKey, start);
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
  const review = useReview(cycleId, kind, content);
  const errors = useMemo(() => joinErrors(editor.errors, review.errors), [editor.errors, review.errors]);
  const form = useMemo(
    (): FormState => ({ cycleId, kind, store, set, errors, observations: observed.lookup }),
    [cycleId, kind, store, set, errors, observed.lookup],
  );
  const summaryRef = useReviewFocus(review, reviewAtOnce, fields.isSuccess);
  const { state } = editor;
  const busy = state.status === 'saving';

  return (
    <Stack gap="md">
      <Paper withBorder p="sm" pos="sticky" top={70} style={{ zIndex: 2 }} bg="var(--mantine-color-body)">
        <Group justify="space-between" wrap="wrap">
          <SaveStatus state={state} />
          <Group gap="xs">
            <Button variant="light" onClick={review.start} loading={review.pending}>
              Revisar
            </Button>
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
        <ConflictResolver
          cycleId={cycleId}
          kind={kind}
          mine={content}
          baseVersion={editor.baseVersion}
          seenVersion={state.currentVersion}
          onSave={(combined, onVersion) => void editor.saveCombined(combined, onVersion)}
          onTakeTheirs={editor.takeSaved}
        />
      )}
      {(review.result !== null || review.error !== null) && (
        <ReviewSummary ref={summaryRef} cycleId={cycleId} kind={kind} result={review.result} error={review.error} />
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
