import { Stack, Table, Text, Title } from '@mantine/core';
import { roleLabel } from '@procedure/labels';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { Agency } from '../api/types';
import { useSession } from '../auth/session';
import { Loading } from '../ui/Loading';
import { usePageTitle } from '../ui/use-page-title';
import { PasswordForm } from './PasswordForm';
import { rolesByAgency } from './roles-by-agency';

// Who I am in Enfoque: my name and e-mail, my roles in each agency, and my password.
export default function MiCuenta() {
  usePageTitle('Mi cuenta');
  const { me } = useSession();
  return (
    <Stack gap="xl" maw={820}>
      <Title order={1}>Mi cuenta</Title>

      <Stack gap="xs" component="section" aria-labelledby="cuenta-datos">
        <Title order={2} size="h3" id="cuenta-datos">
          Sus datos
        </Title>
        <Stack component="dl" gap={4} m={0}>
          <Text component="dt" fw={700} size="sm">
            Nombre
          </Text>
          <Text component="dd" m={0}>
            {me.name}
          </Text>
          <Text component="dt" fw={700} size="sm" mt="xs">
            Correo electrónico
          </Text>
          <Text component="dd" m={0}>
            {me.email}
          </Text>
        </Stack>
        <Text size="sm" c="dimmed">
          Para corregir su nombre o correo, pídalo a la administración de Enfoque.
        </Text>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="cuenta-roles">
        <Title order={2} size="h3" id="cuenta-roles">
          Sus roles
        </Title>
        <Roles />
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="cuenta-contrasena">
        <Title order={2} size="h3" id="cuenta-contrasena">
          Cambiar contraseña
        </Title>
        <PasswordForm />
      </Stack>
    </Stack>
  );
}

function Roles() {
  const { me } = useSession();
  const agencies = useQuery({ queryKey: keys.agencies, queryFn: () => api<Agency[]>('/agencies') });
  const hasAgencyRoles = me.memberships.length > 0 || me.expertAgencyIds.length > 0;
  if (hasAgencyRoles && agencies.isPending) return <Loading label="Cargando sus servicios…" />;
  const groups = rolesByAgency(me, agencies.data ?? []);
  return (
    <>
      {me.roles.includes('admin') && (
        <Text>
          <strong>{roleLabel('admin')}</strong> de Enfoque: gestiona los servicios, las personas y sus roles.
        </Text>
      )}
      {groups.length > 0 ? (
        <Table withTableBorder verticalSpacing="sm" aria-labelledby="cuenta-roles">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Servicio</Table.Th>
              <Table.Th scope="col">Rol</Table.Th>
              <Table.Th scope="col">Centro de responsabilidad</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.flatMap((group) =>
              group.roles.map((role, index) => (
                <Table.Tr key={`${group.agencyId}-${index}`}>
                  {index === 0 && (
                    <Table.Th scope="rowgroup" rowSpan={group.roles.length} fw={600} style={{ verticalAlign: 'top' }}>
                      {group.agencyName}
                    </Table.Th>
                  )}
                  <Table.Td>{role.label}</Table.Td>
                  <Table.Td>{role.centre ?? '—'}</Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      ) : (
        !me.roles.includes('admin') && (
          <Text>Aún no tiene roles en ningún servicio. Pida a la administración de Enfoque que se los asigne.</Text>
        )
      )}
    </>
  );
}
