import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError, onSessionEnded } from '../api/client';
import type { Me } from '../api/types';
import { forgetKeptTexts } from '../ui/use-kept-text';
import { Loading } from '../ui/Loading';
import { Ingresar } from './Ingresar';
import { SesionTerminada } from './SesionTerminada';

interface Session {
  me: Me;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export const ME_KEY = ['me'] as const;

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession fuera de SessionProvider');
  return session;
}

// Who is signed in. Without a session, the sign-in screen. When the session ends under a
// signed-in person (expired, ended elsewhere, password changed), the screen stays as it is, with
// everything typed in it, and a dialog asks them to sign in again.
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const me = useQuery({
    queryKey: ME_KEY,
    queryFn: () => api<Me>('/me', { anonymous: true }),
    retry: (count, error) => !(error instanceof ApiError && error.status === 401) && count < 2,
    staleTime: 60_000,
  });
  const [ended, setEnded] = useState(false);
  useEffect(() => onSessionEnded(() => setEnded(true)), []);

  const signOut = useCallback(async () => {
    await api('/auth/session', { method: 'DELETE', anonymous: true }).catch(() => undefined);
    forgetKeptTexts();
    setEnded(false);
    queryClient.clear();
    window.location.assign('/');
  }, [queryClient]);

  const signedInAgain = useCallback(
    (user: Me) => {
      setEnded(false);
      // Someone else at this computer: nothing of the previous person's screen stays.
      if (me.data && user.id !== me.data.id) {
        queryClient.clear();
        window.location.assign('/');
        return;
      }
      void queryClient.invalidateQueries();
    },
    [me.data, queryClient],
  );

  if (me.isPending) return <Loading label="Cargando Enfoque…" />;
  if (!me.data) {
    return (
      <Ingresar
        onSignedIn={(user) => {
          queryClient.setQueryData(ME_KEY, user);
        }}
        problem={me.error instanceof ApiError && me.error.status !== 401 ? me.error : null}
      />
    );
  }
  return (
    <SessionContext.Provider value={{ me: me.data, signOut }}>
      {children}
      {ended && <SesionTerminada email={me.data.email} onSignedIn={signedInAgain} />}
    </SessionContext.Provider>
  );
}
