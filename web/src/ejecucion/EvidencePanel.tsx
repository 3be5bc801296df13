import { Alert, Anchor, Button, Progress, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { RegisterDocumentKind } from '@procedure/document-kinds';
import {
  EVIDENCE_ACCEPT,
  EVIDENCE_TYPE_NAMES,
  formatFileSize,
  MAX_EVIDENCE_BYTES_PER_CYCLE,
  MAX_EVIDENCE_SIZE_TEXT,
} from '@procedure/evidence-rules';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { keys } from '../api/keys';
import type { Evidence } from '../api/types';
import { formatDateTime } from '../ui/format';
import { sortFiles, uploadRefusal } from './evidence-check';
import { filesCount, REGISTER_PATHS, usedEvidenceBytes } from './execution-view';
import { evidenceUrl, useEvidence } from './queries';
import { uploadEvidence } from './upload';

// An entry's verification means: the files attached (exact name, size, a download link) and, while
// the entry may still take them, a zone to drop files on or an "Elegir archivo" button. Each file
// is checked here first with the API's own rules, so that a wrong one is refused before sending it;
// the others go one by one with a progress bar.

interface Sending {
  key: number;
  name: string;
  progress: number;
  status: 'sending' | 'done' | 'failed';
}

export function EvidencePanel({
  cycleId,
  kind,
  entryId,
  entryName,
  files,
  editable,
}: {
  cycleId: string;
  kind: RegisterDocumentKind;
  entryId: string;
  entryName: string;
  files: Evidence[];
  editable: boolean;
}) {
  const queryClient = useQueryClient();
  // The cycle's files, all entries together (the screen has read them already): the space left.
  const cycleUsedBytes = usedEvidenceBytes(useEvidence(cycleId).data);
  const input = useRef<HTMLInputElement>(null);
  const depth = useRef(0); // dragenter/dragleave also fire over the zone's children
  const [dragging, setDragging] = useState(false);
  const [sending, setSending] = useState<Sending[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const busy = sending.some((s) => s.status === 'sending');
  const headingId = `evidencias-${entryId}`;
  const ruleId = `evidencias-regla-${entryId}`;

  const attach = async (chosen: File[]) => {
    if (chosen.length === 0) return;
    if (busy) {
      setRefusals(['Espere a que termine la subida en curso y vuelva a intentarlo.']);
      return;
    }
    const { accepted, refused } = sortFiles(chosen, files.length, cycleUsedBytes);
    const failed = refused.map((r) => r.message);
    setRefusals(failed);
    const batch: Sending[] = accepted.map((file, i) => ({
      key: Date.now() + i,
      name: file.name,
      progress: 0,
      status: 'sending',
    }));
    setSending(batch);
    setAnnouncement(accepted.length > 0 ? `Subiendo ${filesCount(accepted.length)}…` : '');
    const update = (key: number, change: Partial<Sending>) =>
      setSending((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
    const attached: string[] = [];
    for (const [i, file] of accepted.entries()) {
      const row = batch[i];
      if (!row) continue;
      const upload = uploadEvidence(`/cycles/${cycleId}/${REGISTER_PATHS[kind]}/${entryId}/evidence`, file, (p) =>
        update(row.key, { progress: p }),
      );
      try {
        const saved = await upload.done;
        update(row.key, { progress: 1, status: 'done' });
        attached.push(saved.fileName);
      } catch (error) {
        update(row.key, { status: 'failed' });
        failed.push(uploadRefusal(file.name, error));
        setRefusals([...failed]);
      }
    }
    if (attached.length > 0) {
      // Each file issues the entry's record again.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.evidence(cycleId) }),
        queryClient.invalidateQueries({ queryKey: keys.records(cycleId) }),
      ]);
    }
    if (accepted.length > 0)
      setAnnouncement(
        attached.length === 0
          ? 'No se adjuntó ningún archivo.'
          : `Se ${attached.length === 1 ? 'adjuntó' : 'adjuntaron'} ${attached.map((n) => `«${n}»`).join(', ')}.`,
      );
  };

  const onDrag = (event: DragEvent<HTMLDivElement>, step: 1 | -1 | 0) => {
    event.preventDefault();
    if (step !== 0) depth.current = Math.max(0, depth.current + step);
    setDragging(depth.current > 0);
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={4} id={headingId}>
        Archivos adjuntos ({files.length})
      </Title>
      {files.length > 0 ? (
        <ul className="lista-archivos">
          {files.map((file) => (
            <li key={file.id}>
              <Anchor href={evidenceUrl(file.id)} download={file.fileName}>
                {file.fileName}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                · {formatFileSize(file.size)} · {formatDateTime(file.createdAt)}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="sm">Aún no tiene archivos adjuntos.</Text>
      )}

      {editable && (
        <div
          className="zona-archivos"
          data-arrastrando={dragging || undefined}
          role="group"
          aria-label={`Adjuntar archivos ${entryName.startsWith('el ') ? `al ${entryName.slice(3)}` : `a ${entryName}`}`}
          onDragEnter={(e) => onDrag(e, 1)}
          onDragOver={(e) => onDrag(e, 0)}
          onDragLeave={(e) => onDrag(e, -1)}
          onDrop={(event) => {
            event.preventDefault();
            depth.current = 0;
            setDragging(false);
            void attach(Array.from(event.dataTransfer.files));
          }}
        >
          <Text size="sm" fw={600}>
            {dragging ? 'Suelte aquí los archivos' : 'Arrastre aquí los archivos, o'}
          </Text>
          <Button
            variant="light"
            size="sm"
            mt={6}
            disabled={busy}
            aria-label={`Elegir archivo para ${entryName}`}
            aria-describedby={ruleId}
            onClick={() => input.current?.click()}
          >
            Elegir archivo
          </Button>
          <Text size="xs" mt={6} id={ruleId}>
            Se admiten archivos {EVIDENCE_TYPE_NAMES}, de hasta {MAX_EVIDENCE_SIZE_TEXT} cada uno; quedan{' '}
            {formatFileSize(Math.max(0, MAX_EVIDENCE_BYTES_PER_CYCLE - cycleUsedBytes))} en el ciclo.
          </Text>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            accept={EVIDENCE_ACCEPT}
            onChange={(event) => {
              const chosen = Array.from(event.currentTarget.files ?? []);
              event.currentTarget.value = ''; // the same file may be chosen again
              void attach(chosen);
            }}
          />
        </div>
      )}

      {sending.length > 0 && (
        <Stack gap={6}>
          {sending.map((row) => (
            <div key={row.key}>
              <Text size="sm">
                {row.status === 'sending'
                  ? `Subiendo «${row.name}»…`
                  : row.status === 'done'
                    ? `«${row.name}» adjuntado.`
                    : `«${row.name}» no se adjuntó.`}
              </Text>
              <Progress
                value={Math.round(row.progress * 100)}
                aria-label={`Subida de «${row.name}»`}
                color={row.status === 'failed' ? 'red' : row.status === 'done' ? 'teal.8' : 'gobBlue.6'}
                animated={row.status === 'sending'}
                size="md"
              />
            </div>
          ))}
        </Stack>
      )}

      {refusals.length > 0 && (
        <Alert color="red" variant="light" role="alert" title="Archivos no adjuntados">
          <ul className="lista-sin-margen">
            {refusals.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </Alert>
      )}
      {/* Said to screen readers; the rows above show it. */}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </Stack>
  );
}
