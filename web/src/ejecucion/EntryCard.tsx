import { Anchor, Group, Loader, Paper, Stack, Title } from '@mantine/core';
import type { RegisterDocumentKind } from '@procedure/document-kinds';
import { useEffect, useRef, type ReactNode } from 'react';
import type { Evidence, ProcedureRecord, RegisterEntry } from '../api/types';
import { pdfUrl, recordName } from '../registros/records-view';
import { formatDate, formatDateTime } from '../ui/format';
import { EvidencePanel } from './EvidencePanel';
import { cited, measureOfActivity } from './execution-view';

// One registered entry: what it cites (the work programme's activity and the plan's measure it
// carries out, by code and text), when, who registered it, its record and its files.

export interface Citations {
  workProgramme: unknown;
  activities: ReadonlyMap<string, string>;
  measures: ReadonlyMap<string, string>;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const count = new Intl.NumberFormat('es-CL');
const texts = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : [];

function Lines({ lines }: { lines: string[] }) {
  return (
    <ul className="lista-sin-margen">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/** How the entry is named where several are listed (a heading, a button's label). */
export function entryNames(kind: RegisterDocumentKind, content: unknown, citations: Citations) {
  const c = (content ?? {}) as Record<string, unknown>;
  if (kind === 'activity-record') {
    const activity = str(c.activityId);
    const date = str(c.date);
    return {
      title: activity ? cited(citations.activities, activity) : 'Actividad sin indicar',
      name: `la actividad ${activity ?? 'sin código'}${date ? ` del ${formatDate(date)}` : ''}`,
    };
  }
  const period = (c.period ?? {}) as Record<string, unknown>;
  const span = `del ${formatDate(str(period.start) ?? '')} al ${formatDate(str(period.end) ?? '')}`;
  return { title: `Informe ${span}`, name: `el informe de avance ${span}` };
}

export function EntryCard({
  cycleId,
  kind,
  entry,
  citations,
  record,
  files,
  editable,
  focus,
}: {
  cycleId: string;
  kind: RegisterDocumentKind;
  entry: RegisterEntry;
  citations: Citations;
  record: ProcedureRecord | undefined;
  files: Evidence[];
  editable: boolean;
  focus: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const content = (entry.content ?? {}) as Record<string, unknown>;
  const { title, name } = entryNames(kind, content, citations);
  const facts: [string, ReactNode][] = [];

  if (kind === 'activity-record') {
    const activity = str(content.activityId);
    const measure = activity ? measureOfActivity(citations.workProgramme, activity) : undefined;
    if (measure) facts.push(['Medida del plan', cited(citations.measures, measure)]);
    facts.push(['Fecha de realización', formatDate(str(content.date) ?? '')]);
    const people = (content.participants ?? {}) as Record<string, unknown>;
    const women = num(people.women);
    const men = num(people.men);
    if (women !== undefined || men !== undefined)
      facts.push([
        'Participantes',
        `${count.format(women ?? 0)} mujeres y ${count.format(men ?? 0)} hombres (${count.format((women ?? 0) + (men ?? 0))} en total)`,
      ]);
    if (str(content.description)) facts.push(['Descripción', str(content.description)]);
    const means = texts(content.verificationMeans);
    if (means.length > 0) facts.push(['Medios de verificación declarados', <Lines key="medios" lines={means} />]);
  } else {
    const done = texts(content.activitiesDone);
    facts.push([
      'Actividades realizadas',
      done.length === 0 ? 'Ninguna indicada' : <Lines lines={done.map((id) => cited(citations.activities, id))} />,
    ]);
    const documents = texts(content.certifyingDocuments);
    if (documents.length > 0) facts.push(['Documentos que certifican los logros', <Lines lines={documents} />]);
  }
  facts.push([
    kind === 'activity-record' ? 'Registrada por' : 'Registrado por',
    `${entry.authorName ?? 'Autor/a desconocido/a'}, el ${formatDateTime(entry.createdAt)}`,
  ]);
  facts.push(['Registro (PDF)', <EntryRecord key="registro" record={record} />]);

  return (
    <Paper withBorder p="md" radius="md" component="li">
      <Stack gap="sm">
        <Title order={3} size="h4" ref={heading} tabIndex={focus ? -1 : undefined}>
          {title}
        </Title>
        <dl className="datos-entrada">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <EvidencePanel
          cycleId={cycleId}
          kind={kind}
          entryId={entry.id}
          entryName={name}
          files={files}
          editable={editable}
        />
      </Stack>
    </Paper>
  );
}

function EntryRecord({ record }: { record: ProcedureRecord | undefined }) {
  if (!record) return <>Se emite al registrar</>;
  if (record.status === 'pending' || !record.sha256)
    return (
      <Group gap={6} wrap="nowrap" component="span">
        <Loader size={14} aria-hidden />
        <span>En emisión: esta página se actualiza sola.</span>
      </Group>
    );
  return (
    <Anchor href={pdfUrl(record.id)} download title={recordName(record)}>
      Descargar PDF ({record.code})
    </Anchor>
  );
}
