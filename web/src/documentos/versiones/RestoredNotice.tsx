import { Alert } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { restoredMessage, restoredOf } from './version-choice';

// "Se restauró la versión 1 como la versión 4.": said once on the document page after a restore
// (the version page sends it in the navigation's state), with focus on it so that it is heard.
export function RestoredNotice() {
  const location = useLocation();
  const navigate = useNavigate();
  const restored = restoredOf(location.state);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!restored) return;
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'center' });
  }, [restored?.from, restored?.to]);
  if (!restored) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      role="status"
      className="aviso"
      color="green"
      variant="light"
      title="Versión restaurada"
      mb="sm"
      withCloseButton
      closeButtonLabel="Cerrar el aviso"
      onClose={() => void navigate(`${location.pathname}${location.search}`, { replace: true, state: null })}
    >
      {restoredMessage(restored.from, restored.to)} Puede seguir editándola como borrador.
    </Alert>
  );
}
