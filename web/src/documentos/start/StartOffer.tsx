import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import type { DocumentView, EvaluationPrefill, PreviousYearDocument } from '../../api/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDate, todayInChile } from '../../ui/format';
import { keepDraft, forgetDraft, readDraft, sameContent } from '../form/draft-store';
import { mergePrefill } from './merge-prefill';

// Where an editable document can start from, offered above it: last year's version with SERNAM's
// visa (the guide's documents are updates of last year's), or for the evaluation what the plan,
// the indicators and last year's commitments already say. Either goes into the form as unsaved
// changes, saved like typed ones; "Deshacer" puts the form back as it was.

export interface EditorStart {
  content: unknown;
  baseVersion: number;
  dirty: boolean;
}

interface Props {
  cycleId: string;
  document: DocumentView;
  /** The key under which the editor keeps unsaved changes in this browser. */
  storageKey: string;
  editing: boolean;
  onStart: (start: EditorStart) => void;
}

export function StartOffer(props: Props) {
  return props.document.kind === 'evaluation' ? <EvaluationOffer {...props} /> : <PreviousYearOffer {...props} />;
}

/** What the form holds now: the changes it keeps in this browser, else what is saved. */
function formContent(storageKey: string, document: DocumentView): unknown {
  const draft = readDraft(storageKey);
  return draft && draft.baseVersion === document.version ? draft.content : (document.content ?? {});
}

/** The day in Chile of an instant: "12 de marzo de 2027". */
const dayOf = (instant: string) => formatDate(todayInChile(new Date(instant)));

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

/** Puts a content in the form as unsaved changes (kept in this browser until saved). */
function startWith(props: Props, content: unknown) {
  const { document, storageKey } = props;
  const dirty = !sameContent(content, document.content ?? {});
  if (dirty) keepDraft(storageKey, { content, baseVersion: document.version, at: new Date().toISOString() });
  else forgetDraft(storageKey);
  props.onStart({ content, baseVersion: document.version, dirty });
}

function PreviousYearOffer(props: Props) {
  const { cycleId, document, storageKey, editing } = props;
  const empty = document.version === 0 || isEmpty(document.content);
  const previous = useQuery({
    queryKey: keys.previousYearDocument(cycleId, document.kind),
    queryFn: () => api<PreviousYearDocument>(`/cycles/${cycleId}/documents/${document.kind}/previous-year`),
    enabled: document.editable && empty,
    staleTime: 60_000,
  });
  const [dismissed, setDismissed] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const [copied, setCopied] = useState<{ before: unknown } | null>(null);
  const focus = useRefocus();
  // "Deshacer" belongs to this editing session only.
  useEffect(() => {
    if (!editing) setCopied(null);
  }, [editing]);

  if (copied && editing) {
    const data = previous.data;
    return (
      <DoneNotice
        title={`Se copió la versión visada de ${data?.year ?? 'el año anterior'}`}
        onUndo={() => {
          startWith(props, copied.before);
          setCopied(null);
          focus.later();
        }}
      >
        El formulario se llenó con el contenido de la versión {data?.version} visada el{' '}
        {data ? dayOf(data.grantedAt) : ''}; actualícelo a este año. «Deshacer» lo deja como estaba antes de copiar,
        descartando también lo cambiado desde entonces.
      </DoneNotice>
    );
  }
  // A 404 (no previous year, never visaed) means there is nothing to offer.
  if (!document.editable || !empty || dismissed || !previous.data) return null;
  const { year, version, grantedAt, content } = previous.data;

  const copy = () => {
    const before = formContent(storageKey, document);
    startWith(props, content);
    setCopied({ before });
    setReplacing(false);
  };
  return (
    <Alert
      ref={focus.ref}
      tabIndex={-1}
      color="gobNavy"
      variant="light"
      role="region"
      title={`Partir del documento de ${year}`}
    >
      <Stack gap="xs">
        <Text size="sm">
          El formulario se abrirá con el contenido de esa versión, con los mismos códigos de sus elementos, como cambios
          sin guardar: podrá revisarlo y modificarlo, y se guardará como una versión nueva al pulsar «Guardar» o por sí
          solo a los pocos segundos.
        </Text>
        <Group gap="xs">
          <Button onClick={() => (isEmpty(formContent(storageKey, document)) ? copy() : setReplacing(true))}>
            Comenzar desde la versión visada de {year} (versión {version}, visada el {dayOf(grantedAt)})
          </Button>
          <Button variant="default" onClick={() => setDismissed(true)}>
            Empezar en blanco
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={replacing}
        title={`¿Reemplazar lo escrito por el documento de ${year}?`}
        confirmLabel="Sí, reemplazar"
        pending={false}
        error={null}
        onClose={() => setReplacing(false)}
        onConfirm={copy}
      >
        El formulario tiene cambios sin guardar. Si continúa, se reemplazan por el contenido de la versión visada de{' '}
        {year}; con «Deshacer» podrá recuperarlos mientras siga editando.
      </ConfirmDialog>
    </Alert>
  );
}

function EvaluationOffer(props: Props) {
  const { cycleId, document, storageKey, editing } = props;
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ before: unknown; added: number; filled: number; notes: string[] } | null>(null);
  const focus = useRefocus();
  useEffect(() => {
    if (!editing) setDone((d) => (d && d.added + d.filled > 0 ? null : d));
  }, [editing]);
  if (!document.editable) return null;

  const complete = async () => {
    setPending(true);
    setError(null);
    try {
      const prefill = await queryClient.fetchQuery({
        queryKey: keys.evaluationPrefill(cycleId),
        queryFn: () => api<EvaluationPrefill>(`/cycles/${cycleId}/documents/evaluation/prefill`),
        staleTime: 0,
      });
      const before = formContent(storageKey, document);
      const merged = mergePrefill(before, prefill.content);
      if (merged.added + merged.filled > 0) startWith(props, merged.content);
      setDone({ before, added: merged.added, filled: merged.filled, notes: prefill.notes });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  if (done && (editing || done.added + done.filled === 0)) {
    const changed = done.added + done.filled > 0;
    return (
      <DoneNotice
        title={changed ? 'Se completó el formulario' : 'No había nada que agregar'}
        onUndo={
          changed
            ? () => {
                startWith(props, done.before);
                setDone(null);
                focus.later();
              }
            : undefined
        }
        onClose={
          changed
            ? undefined
            : () => {
                setDone(null);
                focus.later();
              }
        }
      >
        {changed
          ? `${whatWasAdded(done.added, done.filled)}; lo que ya estaba escrito se mantuvo. Escriba el análisis de cada una. «Deshacer» deja el formulario como estaba antes de completarlo, descartando también lo cambiado desde entonces.`
          : 'El formulario ya tiene una entrada por cada objetivo, medida e indicador del plan y por cada compromiso del año anterior.'}
        {done.notes.length > 0 && (
          <>
            <Text size="sm" mt="xs">
              No se pudo completar:
            </Text>
            <List size="sm">
              {done.notes.map((note) => (
                <List.Item key={note}>{note}</List.Item>
              ))}
            </List>
          </>
        )}
      </DoneNotice>
    );
  }
  return (
    <Alert
      ref={focus.ref}
      tabIndex={-1}
      color="gobNavy"
      variant="light"
      role="region"
      title="Completar el Informe de Evaluación"
    >
      <Stack gap="xs">
        <Text size="sm">
          Se agregarán al formulario, como cambios sin guardar, una entrada por cada objetivo y medida del plan, el
          resultado medido de cada indicador y cada compromiso del Programa de Seguimiento del año anterior con su
          estado; lo ya escrito se mantiene y nada se borra.
        </Text>
        <ErrorAlert error={error} title="No se pudo obtener lo que se propone" />
        <Group gap="xs">
          <Button onClick={() => void complete()} loading={pending}>
            Completar con los resultados de los indicadores y los compromisos del año anterior
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** The offer shown again after «Deshacer» or «Entendido» takes the focus, which was on a button now gone. */
function useRefocus() {
  const ref = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (!pending) return;
    ref.current?.focus();
    setPending(false);
  });
  return { ref, later: () => setPending(true) };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Se agregaron 16 entradas y se completaron 2 campos vacíos", saying only what happened. */
function whatWasAdded(added: number, filled: number): string {
  const parts = [
    added > 0 ? `se ${added === 1 ? 'agregó' : 'agregaron'} ${count(added, 'entrada', 'entradas')} al formulario` : '',
    filled > 0
      ? `se ${filled === 1 ? 'completó' : 'completaron'} ${count(filled, 'campo vacío', 'campos vacíos')}`
      : '',
  ].filter(Boolean);
  const sentence = parts.join(' y ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** What was done, focused so that a screen reader reads it, with the way back. */
function DoneNotice({
  title,
  children,
  onUndo,
  onClose,
}: {
  title: string;
  children: ReactNode;
  onUndo?: () => void;
  onClose?: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} className="aviso" color="green" variant="light" role="status" title={title}>
      <Text size="sm" component="div">
        {children}
      </Text>
      {(onUndo || onClose) && (
        <Group gap="xs" mt="xs">
          {onUndo && (
            <Button size="xs" variant="default" onClick={onUndo}>
              Deshacer
            </Button>
          )}
          {onClose && (
            <Button size="xs" variant="default" onClick={onClose}>
              Entendido
            </Button>
          )}
        </Group>
      )}
    </Alert>
  );
}
