import { Progress, Stack, Text } from '@mantine/core';
import { cycleEvidenceSpaceText, MAX_EVIDENCE_BYTES_PER_CYCLE } from '@procedure/evidence-rules';

// The cycle's space for verification means, used and allowed: the API refuses a file that does
// not fit (413), and each entry's panel refuses it before sending.
export function EvidenceSpace({ usedBytes }: { usedBytes: number }) {
  const share = Math.min(100, (usedBytes / MAX_EVIDENCE_BYTES_PER_CYCLE) * 100);
  const label = `Espacio del ciclo para medios de verificación: ${cycleEvidenceSpaceText(usedBytes)}`;
  return (
    <Stack gap={4} maw={780} mt="xs">
      <Text size="sm">{label}</Text>
      <Progress
        value={share}
        aria-label="Espacio del ciclo usado por medios de verificación"
        color={share >= 90 ? 'red' : 'gobBlue.6'}
        size="sm"
      />
    </Stack>
  );
}
