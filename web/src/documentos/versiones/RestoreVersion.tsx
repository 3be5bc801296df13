import { Alert, Button, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { keys } from '../../api/keys';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { documentPath } from './paths';
import { useRestoreVersion } from './use-restore-version';
import { restoreExplanation, staleRestoreMessage, type Restored } from './version-choice';

// "Restaurar como borrador": after saying what will happen (a new version, nothing deleted), the
// earlier content is saved as the next version; then the document page says it was done. If
// someone saved meanwhile, the person is told and reloads; if it would empty the document, asked.
export function RestoreVersion({
  cycleId,
  kind,
  version,
  content,
  current,
}: {
  cycleId: string;
  kind: string;
  version: number;
  content: unknown;
  /** The document's current version, the one the restore is saved over. */
  current: number;
}) {
  const [opened, setOpened] = useState(false);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const [reloading, setReloading] = useState(false);
  const restore = useRestoreVersion(cycleId, kind);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const code = restore.error instanceof ApiError ? restore.error.code : null;
  const stale = code === 'STALE_VERSION';
  const empty = code === 'EMPTY_OVERWRITE' || confirmEmpty;

  const close = () => {
    setOpened(false);
    setConfirmEmpty(false);
    restore.reset();
  };
  const confirm = () => {
    const emptying = code === 'EMPTY_OVERWRITE' || confirmEmpty;
    setConfirmEmpty(emptying);
    restore.mutate(
      { content, restoredFromVersion: version, overVersion: current, confirmEmpty: emptying },
      {
        onSuccess: (saved) => {
          const state: { restored: Restored } = { restored: { from: version, to: saved.version } };
          void navigate(documentPath(cycleId, kind), { state });
        },
      },
    );
  };
  const reload = async () => {
    setReloading(true);
    await queryClient.invalidateQueries({ queryKey: keys.document(cycleId, kind) });
    setReloading(false);
    restore.reset();
  };

  return (
    <>
      <Button onClick={() => setOpened(true)}>Restaurar como borrador</Button>
      <ConfirmDialog
        opened={opened}
        title={`Restaurar la versión ${version} como borrador`}
        confirmLabel={empty ? 'Restaurar y dejar el documento vacío' : `Restaurar la versión ${version}`}
        onConfirm={confirm}
        onClose={close}
        pending={restore.isPending}
        error={stale || code === 'EMPTY_OVERWRITE' ? null : restore.error}
        confirmDisabled={stale}
      >
        <Text>{restoreExplanation(version, current)}</Text>
        {empty && (
          <Alert className="aviso" color="yellow" variant="light" title="La versión está vacía" role="alert">
            La versión {version} no tiene contenido: restaurarla deja vacío el documento, que hoy tiene contenido. Lo
            escrito sigue en las versiones anteriores. Confirme si de verdad quiere restaurarla.
          </Alert>
        )}
        {stale && (
          <Alert className="aviso" color="yellow" variant="light" title="El documento cambió" role="alert">
            <Text size="sm">
              {staleRestoreMessage(restore.error instanceof ApiError ? restore.error.body.currentVersion : null)}
            </Text>
            <Button mt="xs" size="xs" variant="default" onClick={() => void reload()} loading={reloading}>
              Recargar el documento
            </Button>
          </Alert>
        )}
      </ConfirmDialog>
    </>
  );
}
