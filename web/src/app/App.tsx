import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiError } from '../api/client';
import { SessionProvider } from '../auth/session';
import { Bandeja } from '../bandeja/Bandeja';
import { useAccessibilityPreferences } from '../ui/accessibility';
import { Loading } from '../ui/Loading';
import { NoEncontrado } from './NoEncontrado';
import { Layout } from './Layout';
import { theme } from './theme';

// Screens after the Bandeja load when first opened, so that signing in downloads little.
const Ciclo = lazy(() => import('../ciclo/Ciclo'));
const Revision = lazy(() => import('../revision/Revision'));
const Documento = lazy(() => import('../documentos/Documento'));
const VersionDocumento = lazy(() => import('../documentos/versiones/VersionPage'));
const Registros = lazy(() => import('../registros/Registros'));
const Ejecucion = lazy(() => import('../ejecucion/Ejecucion'));
const Notificaciones = lazy(() => import('../notificaciones/Notificaciones'));
const MiCuenta = lazy(() => import('../cuenta/MiCuenta'));

const screen = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) is an answer; only a lost connection or a server error is worth retrying.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: true,
      staleTime: 5_000,
    },
    mutations: { retry: false },
  },
});

function Root() {
  const prefs = useAccessibilityPreferences();
  return (
    <SessionProvider>
      <Layout prefs={prefs} />
    </SessionProvider>
  );
}

const router = createBrowserRouter([
  {
    path: '/',
    element: <Root />,
    children: [
      { index: true, element: <Bandeja /> },
      { path: 'ciclos/:cycleId', element: screen(<Ciclo />) },
      { path: 'ciclos/:cycleId/revision', element: screen(<Revision />) },
      { path: 'ciclos/:cycleId/documentos/:kind', element: screen(<Documento />) },
      { path: 'ciclos/:cycleId/documentos/:kind/versiones/:version', element: screen(<VersionDocumento />) },
      { path: 'ciclos/:cycleId/registros', element: screen(<Registros />) },
      { path: 'ciclos/:cycleId/ejecucion', element: screen(<Ejecucion />) },
      { path: 'notificaciones', element: screen(<Notificaciones />) },
      { path: 'cuenta', element: screen(<MiCuenta />) },
      { path: '*', element: <NoEncontrado /> },
    ],
  },
]);

export function App() {
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
