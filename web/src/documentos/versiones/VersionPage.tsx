import { Alert, Anchor, Box, Group, Stack, Text, Title } from '@mantine/core';
import { SINGLETON_DOCUMENT_KINDS } from '@procedure/document-kinds';
import { documentKindLabel } from '@procedure/labels';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import type { DocumentVersionContent, DocumentView as DocumentResponse } from '../../api/types';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { usePageTitle } from '../../ui/use-page-title';
import { DocumentView } from '../DocumentView';
import { useDocument, useDocumentVersion } from '../queries';
import { COMPARE_HEADING_ID, documentPath } from './paths';
import { RestoreVersion } from './RestoreVersion';
import { ShortHash } from './ShortHash';
import { FROM_PARAM, TO_PARAM } from './version-choice';

// One saved version of a document, read only: laid out as a record like the document page, with
// who saved it, when and its hash; from here it is compared with the current version or, while
// the document may be edited, restored as a new draft version.
export default function VersionPage() {
  const { cycleId = '', kind = '', version: raw = '' } = useParams();
  const known = (SINGLETON_DOCUMENT_KINDS as readonly string[]).includes(kind);
  const wanted = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
  const document = useDocument(cycleId, kind, known);
  const saved = useDocumentVersion(cycleId, kind, known ? wanted : null);
  const title = `${known ? documentKindLabel(kind) : 'Documento'} — versión ${wanted ?? raw}`;
  usePageTitle(title);

  if (!known || wanted === null) return <NotFound cycleId={cycleId} kind={known ? kind : null} />;
  const error = document.error ?? saved.error;
  if (error instanceof ApiError && error.status === 404) return <NotFound cycleId={cycleId} kind={kind} />;
  if (error) return <ErrorAlert error={error} title="No se pudo cargar la versión" />;
  if (!document.data || !saved.data) return <Loading label="Cargando la versión…" />;
  return <SavedVersion title={title} document={document.data} saved={saved.data} />;
}

function SavedVersion({
  title,
  document,
  saved,
}: {
  title: string;
  document: DocumentResponse;
  saved: DocumentVersionContent;
}) {
  const { cycleId, kind } = document;
  const current = document.version;
  const back = documentPath(cycleId, kind);
  // Kept in the URL of the document page, which holds the comparison.
  const compareWithCurrent = `${back}?${FROM_PARAM}=${saved.version}&${TO_PARAM}=${current}#${COMPARE_HEADING_ID}`;
  const latest = saved.version === current;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={back} size="sm">
          Volver a {documentKindLabel(kind)}
        </Anchor>
        <Title order={1}>{title}</Title>
        <Text>
          Guardada por {saved.authorName ?? 'autor/a desconocido/a'} el {formatDateTime(saved.createdAt)}.
          {saved.restoredFromVersion !== null && ` Restaurada desde la versión ${saved.restoredFromVersion}.`}
        </Text>
        <Text size="sm">
          Huella (SHA-256): <ShortHash sha256={saved.sha256} />
        </Text>
      </Stack>

      <Stack gap="sm">
        <Alert color="gobBlue" variant="light" title={latest ? 'Versión vigente' : 'Versión anterior'}>
          {latest
            ? 'Es la versión vigente del documento. Esta página solo la muestra; se edita desde el documento.'
            : `La versión vigente es la ${current}. Esta página solo muestra la versión ${saved.version}, tal como quedó al guardarla.`}
        </Alert>
        {!latest && (
          <Group gap="lg">
            {document.editable && (
              <RestoreVersion
                cycleId={cycleId}
                kind={kind}
                version={saved.version}
                content={saved.content}
                current={current}
              />
            )}
            <Anchor component={Link} to={compareWithCurrent}>
              Comparar con la versión vigente ({current})
            </Anchor>
          </Group>
        )}
      </Stack>

      <Box component="section" aria-labelledby="contenido-version-titulo">
        <Title order={2} id="contenido-version-titulo" mb="sm">
          Contenido de la versión {saved.version}
        </Title>
        <DocumentView kind={kind} content={saved.content} />
      </Box>
    </Stack>
  );
}

function NotFound({ cycleId, kind }: { cycleId: string; kind: string | null }) {
  return (
    <Stack>
      <Title order={1}>Versión no encontrada</Title>
      <Text>El documento no tiene la versión indicada, o usted no tiene acceso a él.</Text>
      <Anchor component={Link} to={kind ? documentPath(cycleId, kind) : `/ciclos/${cycleId}`}>
        {kind ? `Volver a ${documentKindLabel(kind)}` : 'Volver al ciclo'}
      </Anchor>
    </Stack>
  );
}
