import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { RegisterDocumentKind } from '@procedure/document-kinds';
import { useState } from 'react';
import type { Evidence, ProcedureRecord, RegisterEntry } from '../api/types';
import { useSession } from '../auth/session';
import { draftKey, forgetDraft, readDraft, type KeptDraft } from '../documentos/form/draft-store';
import { DraftOffer } from '../documentos/form/DraftOffer';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';
import { Loading } from '../ui/Loading';
import { EntryCard, entryNames, type Citations } from './EntryCard';
import { EntryForm } from './EntryForm';
import { recordOfEntry } from './execution-view';
import { useRegister } from './queries';
import { REGISTER_WORDS } from './register-words';

// One register of the cycle (activities carried out, or progress reports): its entries, and for
// who may record them now, the form of a new one. What was typed and not yet registered stays in
// this browser (per cycle, register and person) and is offered back.

export function RegisterSection({
  cycleId,
  kind,
  citations,
  records,
  evidence,
}: {
  cycleId: string;
  kind: RegisterDocumentKind;
  citations: Citations;
  records: ProcedureRecord[] | undefined;
  evidence: Map<string, Evidence[]>;
}) {
  const words = REGISTER_WORDS[kind];
  const { me } = useSession();
  const register = useRegister(cycleId, kind);
  const storageKey = draftKey(cycleId, kind, me.id);
  const [kept, setKept] = useState<KeptDraft | null>(() => readDraft(storageKey));
  const [form, setForm] = useState<{ start: unknown } | null>(null);
  const [registered, setRegistered] = useState<RegisterEntry | null>(null);
  const headingId = `registro-${kind}`;
  const editable = register.data?.editable ?? false;

  const open = () => {
    // Whatever was kept is where the form starts: nothing typed is lost.
    setForm({ start: readDraft(storageKey)?.content ?? {} });
    setKept(null);
    setRegistered(null);
  };
  const close = () => {
    setForm(null);
    setKept(readDraft(storageKey));
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2} id={headingId}>
          {words.heading} {register.data ? `(${register.data.total})` : ''}
        </Title>
        {editable && !form && <Button onClick={open}>{words.open}</Button>}
      </Group>

      {editable && !form && kept && (
        <DraftOffer
          draft={kept}
          title={words.offerTitle(formatDateTime(kept.at))}
          text={words.offerText}
          recoverLabel={words.offerRecover}
          discardLabel={words.offerDiscard}
          onRecover={open}
          onDiscard={() => {
            forgetDraft(storageKey);
            setKept(null);
          }}
        />
      )}

      {form && (
        <EntryForm
          cycleId={cycleId}
          kind={kind}
          storageKey={storageKey}
          start={form.start}
          onClose={close}
          onRegistered={(entry) => {
            setForm(null);
            setKept(null);
            setRegistered(entry);
          }}
        />
      )}

      <Text role="status" aria-live="polite" fw={600}>
        {registered &&
          `${words.registered}: ${entryNames(kind, registered.content, citations).title}. Puede adjuntar ahora sus medios de verificación.`}
      </Text>

      {register.isPending ? (
        <Loading label="Cargando…" />
      ) : register.error ? (
        <ErrorAlert error={register.error} title={`No se pudo cargar «${words.heading}»`} />
      ) : register.data.items.length === 0 ? (
        <Text>{words.empty}</Text>
      ) : (
        <>
          {register.data.total > register.data.items.length && (
            <Text size="sm">
              Se muestran las primeras {register.data.items.length} de {register.data.total}.
            </Text>
          )}
          <Stack gap="md" component="ul" className="ejecucion-lista" aria-labelledby={headingId}>
            {[...register.data.items].reverse().map((entry) => (
              <EntryCard
                key={entry.id}
                cycleId={cycleId}
                kind={kind}
                entry={entry}
                citations={citations}
                record={recordOfEntry(records, entry.id)}
                files={evidence.get(entry.id) ?? []}
                editable={editable}
                focus={registered?.id === entry.id}
              />
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
