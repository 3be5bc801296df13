import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { EVIDENCE_TYPE_NAMES, MAX_CYCLE_EVIDENCE_SIZE_TEXT, MAX_EVIDENCE_SIZE_TEXT } from '@procedure/evidence-rules';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useAgencyName, useCycle, useDocument } from '../documentos/queries';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { usePageTitle } from '../ui/use-page-title';
import type { Citations } from './EntryCard';
import './Ejecucion.css';
import { EvidenceSpace } from './EvidenceSpace';
import { evidenceByEntry, labelsOf, readOnlyReason, usedEvidenceBytes } from './execution-view';
import { useEvidence, useRecords, useRegister } from './queries';
import { RegisterSection } from './RegisterSection';

// The implementation of a cycle's work programme: the activities carried out and the progress
// reports, each citing the programme's activities by code and text, with their verification means
// (dropped or chosen, checked before sending, uploaded with a progress bar) and their records.

export default function Ejecucion() {
  const { cycleId = '' } = useParams();
  const cycle = useCycle(cycleId);
  const agency = useAgencyName(cycle.data?.agencyId);
  const readable = cycle.isSuccess;
  const workProgramme = useDocument(cycleId, 'work-programme', readable);
  const plan = useDocument(cycleId, 'plan', readable);
  const evidence = useEvidence(cycleId);
  const records = useRecords(cycleId);
  // Read here too (shared with its section) to say why this person cannot record.
  const activities = useRegister(cycleId, 'activity-record');
  const title = cycle.data ? `Ejecución del ciclo ${cycle.data.year}` : 'Ejecución del ciclo';
  usePageTitle(title);

  const citations = useMemo(
    (): Citations => ({
      workProgramme: workProgramme.data?.content ?? null,
      activities: labelsOf(workProgramme.data?.content, 'activities'),
      measures: labelsOf(plan.data?.content, 'measures'),
    }),
    [workProgramme.data, plan.data],
  );
  const files = useMemo(() => evidenceByEntry(evidence.data), [evidence.data]);

  if (cycle.isPending) return <Loading label="Cargando el ciclo…" />;
  if (cycle.error)
    return (
      <Stack>
        <Title order={1}>{isNotFound(cycle.error) ? 'Ciclo no encontrado' : title}</Title>
        <ErrorAlert error={cycle.error} title="No se pudo cargar el ciclo" />
        <Anchor component={Link} to="/">
          Volver a la bandeja
        </Anchor>
      </Stack>
    );

  const reason = activities.data ? readOnlyReason(cycle.data.stage, activities.data.editable) : null;
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Anchor component={Link} to={`/ciclos/${cycleId}`} size="sm">
          Volver al ciclo {cycle.data.year}
        </Anchor>
        <Title order={1}>{title}</Title>
        {agency && <Text c="dimmed">{agency.name}</Text>}
        <Text maw={780} mt="xs">
          Registre las actividades del Programa de Trabajo a medida que se realizan y los informes de avance, y adjunte
          a cada uno sus medios de verificación: archivos {EVIDENCE_TYPE_NAMES}, de hasta {MAX_EVIDENCE_SIZE_TEXT} cada
          uno y {MAX_CYCLE_EVIDENCE_SIZE_TEXT} entre todos los del ciclo. Cada registro emite un PDF, que también
          encontrará en{' '}
          <Anchor component={Link} to={`/ciclos/${cycleId}/registros`}>
            Registros
          </Anchor>
          .
        </Text>
        {evidence.data && <EvidenceSpace usedBytes={usedEvidenceBytes(evidence.data)} />}
      </Stack>

      {reason && (
        <Alert color="gobBlue" variant="light" title="Solo consulta" maw={780}>
          {reason}
        </Alert>
      )}
      <ErrorAlert error={workProgramme.error} title="No se pudo cargar el Programa de Trabajo Anual" />
      <ErrorAlert error={evidence.error} title="No se pudieron cargar los medios de verificación" />
      <ErrorAlert error={records.error} title="No se pudieron cargar los registros" />

      <RegisterSection
        cycleId={cycleId}
        kind="activity-record"
        citations={citations}
        records={records.data}
        evidence={files}
      />
      <RegisterSection
        cycleId={cycleId}
        kind="progress-report"
        citations={citations}
        records={records.data}
        evidence={files}
      />
    </Stack>
  );
}

// A cycle of another agency answers 403 and one that does not exist 404: to the person, both are
// a cycle they cannot open.
const isNotFound = (error: unknown): boolean =>
  error instanceof ApiError && (error.status === 404 || error.status === 403 || error.status === 400);
