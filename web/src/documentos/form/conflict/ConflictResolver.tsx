import { Alert, Box, Button, Fieldset, Group, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { sameContent } from '../draft-store';
import { choiceAt, combine, comparePlaces, everyPlace, unresolved, type MergePlace, type Side } from './merge';
import { changedByText, placeValue } from './place-value';
import { useConflictVersions } from './use-conflict';
import { READABLE_TITLE } from '../../../ui/alert-styles';

// After a refused save (STALE_VERSION): the places where the person's version and the one saved
// meanwhile differ, each with both values in words and a choice; one-sided changes already taken.
// Nothing is saved until "Guardar la combinación", on the other person's version; until then the
// person's content stays in the form and in this browser.

export function ConflictResolver({
  cycleId,
  kind,
  mine,
  baseVersion,
  seenVersion,
  onSave,
  onTakeTheirs,
}: {
  cycleId: string;
  kind: string;
  mine: unknown;
  baseVersion: number;
  /** The version the API said is saved now (its 409). */
  seenVersion: number | null;
  onSave: (combined: unknown, onVersion: number) => void;
  /** Everything taken from the other version: nothing new to save, the form shows it. */
  onTakeTheirs: () => Promise<void>;
}) {
  const versions = useConflictVersions(cycleId, kind, baseVersion, seenVersion);
  const [choices, setChoices] = useState<ReadonlyMap<string, Side>>(new Map());
  const [missing, setMissing] = useState<MergePlace[]>([]);
  const [takeError, setTakeError] = useState<unknown>(null);
  const missingRef = useRef<HTMLDivElement>(null);
  const theirs = versions.theirs?.content ?? null;
  const places = useMemo(
    () => (versions.theirs ? comparePlaces(versions.base, mine, theirs) : []),
    [versions.theirs, versions.base, mine, theirs],
  );
  const conflicts = places.filter((p) => p.changedBy === 'both');
  const oneSided = places.filter((p) => p.changedBy !== 'both');
  const author = versions.author;

  const choose = (key: string, side: Side) => {
    setChoices((current) => new Map(current).set(key, side));
    setMissing((current) => current.filter((p) => p.key !== key));
  };
  const saveCombination = () => {
    const theirVersion = versions.theirs?.version;
    if (theirVersion === undefined) return;
    const open = unresolved(places, choices);
    setMissing(open);
    if (open.length > 0) {
      requestAnimationFrame(() => missingRef.current?.focus());
      return;
    }
    const combined = combine(versions.base, mine, theirs, choices);
    if (sameContent(combined, theirs)) {
      setTakeError(null);
      onTakeTheirs().catch(setTakeError);
    } else onSave(combined, theirVersion);
  };

  return (
    <Paper
      component="section"
      aria-labelledby="conflicto-titulo"
      withBorder
      p="md"
      bg="var(--mantine-color-yellow-0)"
      style={{ borderColor: 'var(--mantine-color-yellow-8)', borderWidth: 2 }}
    >
      <Stack gap="md">
        <Title order={3} id="conflicto-titulo">
          Otra persona guardó este documento mientras usted lo editaba
        </Title>
        {versions.isPending ? (
          <Loading label="Comparando las dos versiones…" />
        ) : versions.error || !versions.theirs ? (
          <Stack gap="xs">
            <ErrorAlert error={versions.error} title="No se pudo leer la otra versión" />
            <Group>
              <Button variant="default" onClick={versions.retry}>
                Volver a intentar
              </Button>
            </Group>
          </Stack>
        ) : (
          <>
            <Text>
              {author} guardó la versión {versions.theirs.version}
              {versions.theirs.updatedAt ? ` (${formatDateTime(versions.theirs.updatedAt)})` : ''} después de que usted
              abrió el documento. Sus cambios siguen en el formulario y en este navegador; no se perdió nada. Abajo
              están solo los lugares donde las dos versiones difieren: elija en cada conflicto cuál conservar y guarde
              la combinación.
            </Text>
            {places.length === 0 && (
              <Text fw={600}>Las dos versiones tienen el mismo contenido: puede guardar sin perder nada.</Text>
            )}
            {conflicts.length > 0 && (
              <Box component="section" aria-labelledby="conflictos-titulo">
                <Title order={4} id="conflictos-titulo" mb="xs">
                  Cambiados por las dos personas ({conflicts.length})
                </Title>
                <Stack gap="sm">
                  {conflicts.map((place) => (
                    <PlaceChoice
                      key={place.key}
                      place={place}
                      author={author}
                      choice={choices.get(place.key) ?? null}
                      flagged={missing.some((p) => p.key === place.key)}
                      onChoose={(side) => choose(place.key, side)}
                    />
                  ))}
                </Stack>
              </Box>
            )}
            {oneSided.length > 0 && (
              <Box component="section" aria-labelledby="automaticos-titulo">
                <Title order={4} id="automaticos-titulo" mb={4}>
                  Cambiados por una sola persona, tomados solos ({oneSided.length})
                </Title>
                <Text size="sm" mb="xs">
                  Cada uno se tomó de la versión que lo cambió; puede elegir la otra si lo prefiere.
                </Text>
                <Stack gap="sm">
                  {oneSided.map((place) => (
                    <PlaceChoice
                      key={place.key}
                      place={place}
                      author={author}
                      choice={choiceAt(place, choices)}
                      flagged={false}
                      onChoose={(side) => choose(place.key, side)}
                    />
                  ))}
                </Stack>
              </Box>
            )}
            {missing.length > 0 && (
              <Alert
                ref={missingRef}
                tabIndex={-1}
                color="red"
                variant="light"
                styles={READABLE_TITLE}
                role="alert"
                title="Falta elegir"
              >
                Elija qué conservar en: {missing.map((p) => p.label).join('; ')}.
              </Alert>
            )}
            <ErrorAlert error={takeError} title="No se pudo cargar la otra versión" />
            <Group gap="xs">
              <Button
                variant="default"
                onClick={() => {
                  setChoices(everyPlace(places, 'mine'));
                  setMissing([]);
                }}
              >
                Conservar toda la mía
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setChoices(everyPlace(places, 'theirs'));
                  setMissing([]);
                }}
              >
                Tomar toda la otra
              </Button>
              <Button onClick={saveCombination}>Guardar la combinación</Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function PlaceChoice({
  place,
  author,
  choice,
  flagged,
  onChoose,
}: {
  place: MergePlace;
  author: string;
  choice: Side | null;
  flagged: boolean;
  onChoose: (side: Side) => void;
}) {
  return (
    <Fieldset
      legend={place.label}
      variant="default"
      style={flagged ? { borderColor: 'var(--mantine-color-red-7)' } : {}}
    >
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {changedByText(place, author)}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Box>
            <Text size="sm" fw={700}>
              Su versión
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {placeValue(place, 'mine')}
            </Text>
          </Box>
          <Box>
            <Text size="sm" fw={700}>
              Versión de {author}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {placeValue(place, 'theirs')}
            </Text>
          </Box>
        </SimpleGrid>
        <Radio.Group
          label="Qué conservar"
          value={choice}
          onChange={(value) => onChoose(value === 'theirs' ? 'theirs' : 'mine')}
          error={flagged ? 'Elija una de las dos.' : undefined}
        >
          <Group mt={4}>
            <Radio value="mine" label="Conservar la mía" />
            <Radio value="theirs" label={`Tomar la de ${author}`} />
          </Group>
        </Radio.Group>
      </Stack>
    </Fieldset>
  );
}
