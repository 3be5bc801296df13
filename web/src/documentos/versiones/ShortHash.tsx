import { Text, VisuallyHidden } from '@mantine/core';
import { shortHash } from './version-choice';

// A version's SHA-256: its first 12 hex digits on screen, the whole hash on hover and for screen
// readers (who would otherwise hear only a part that proves nothing).
export function ShortHash({ sha256 }: { sha256: string }) {
  return (
    <>
      <Text component="code" ff="monospace" size="sm" title={`SHA-256: ${sha256}`} aria-hidden>
        {shortHash(sha256)}
      </Text>
      <VisuallyHidden component="span">SHA-256 {sha256}</VisuallyHidden>
    </>
  );
}
