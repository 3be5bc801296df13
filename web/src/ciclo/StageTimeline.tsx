import { Badge, Box, Group, List, Text, Title } from '@mantine/core';
import { formatDate, formatDateTime } from '../ui/format';
import { type StepStatus, type TimelineStep } from './timeline';

const BADGE: Readonly<Record<StepStatus, { color: string; variant: 'filled' | 'outline' }>> = {
  done: { color: 'teal.9', variant: 'filled' },
  current: { color: 'gobBlue.7', variant: 'filled' },
  pending: { color: 'gray.7', variant: 'outline' },
};

// The year's procedure, stage by stage, as an ordered list: a screen reader hears each stage's
// state in words ("Completada", "Etapa actual", "Pendiente"), never only a colour.
export function StageTimeline({
  steps,
  totals,
}: {
  steps: TimelineStep[];
  totals: { returns: number; denials: number };
}) {
  return (
    <Box component="section" aria-labelledby="etapas-titulo">
      <Title order={2} id="etapas-titulo" mb="xs">
        Etapas del procedimiento
      </Title>
      <Text size="sm" mb="md">
        Devoluciones de la Jefatura: {totals.returns} · Visaciones denegadas por SERNAM: {totals.denials}
      </Text>
      <Box component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {steps.map((step, index) => (
          <Step key={step.stage} step={step} number={index + 1} last={index === steps.length - 1} />
        ))}
      </Box>
    </Box>
  );
}

function Step({ step, number, last }: { step: TimelineStep; number: number; last: boolean }) {
  const current = step.status === 'current';
  return (
    <Box
      component="li"
      aria-current={current ? 'step' : undefined}
      style={{ display: 'grid', gridTemplateColumns: '32px 1fr', columnGap: 12, position: 'relative' }}
      pb={last ? 0 : 'md'}
    >
      {!last && (
        <Box
          aria-hidden
          style={{
            position: 'absolute',
            left: 15,
            top: 32,
            bottom: 0,
            width: 2,
            background: step.status === 'done' ? 'var(--mantine-color-teal-9)' : 'var(--mantine-color-gray-4)',
          }}
        />
      )}
      <Marker status={step.status} number={number} />
      <Box
        p={current ? 'sm' : 0}
        bg={current ? 'gobBlue.0' : undefined}
        style={current ? { borderRadius: 4, border: '1px solid var(--mantine-color-gobBlue-3)' } : undefined}
      >
        <Group gap="xs" wrap="wrap">
          <Text fw={700} size="sm">
            {step.label}
          </Text>
          <Badge color={BADGE[step.status].color} variant={BADGE[step.status].variant} size="sm" tt="none">
            {step.statusLabel}
          </Badge>
        </Group>
        {current && step.phase && <Text size="sm">Estado: {step.phase}</Text>}
        {current && step.awaiting && <Text size="sm">Se espera a: {step.awaiting}</Text>}
        {step.status === 'done' && step.completedAt && (
          <Text size="xs" c="dimmed">
            Completada el {formatDateTime(step.completedAt)}
          </Text>
        )}
        {step.repeated && (
          <Text size="xs" c="dimmed">
            Completada en una ronda anterior; se repite por decisión de la Revisión por la Dirección.
          </Text>
        )}
        {(step.returns > 0 || step.denials > 0) && (
          <Text size="xs">
            Devoluciones de la Jefatura: {step.returns} · Visaciones denegadas: {step.denials}
          </Text>
        )}
        {step.deadlines.length > 0 && (
          <List size="xs" spacing={2} mt={4} listStyleType="none" aria-label={`Plazos de ${step.label}`}>
            {step.deadlines.map((d) => (
              <List.Item key={d.gate}>
                {d.label}: {formatDate(d.dueDate)} ·{' '}
                <Text span size="xs" fw={d.overdue ? 700 : undefined} c={d.overdue ? 'red.9' : undefined}>
                  {d.status}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Box>
    </Box>
  );
}

function Marker({ status, number }: { status: StepStatus; number: number }) {
  const filled = status !== 'pending';
  const color = status === 'done' ? 'var(--mantine-color-teal-9)' : 'var(--mantine-color-gobBlue-7)';
  return (
    <Box
      aria-hidden
      style={{
        width: 32,
        height: 32,
        borderRadius: '50%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: 14,
        fontWeight: 700,
        zIndex: 1,
        background: filled ? color : 'var(--mantine-color-white)',
        color: filled ? 'var(--mantine-color-white)' : 'var(--mantine-color-gray-7)',
        border: filled ? 'none' : '2px solid var(--mantine-color-gray-5)',
      }}
    >
      {status === 'done' ? '✓' : number}
    </Box>
  );
}
