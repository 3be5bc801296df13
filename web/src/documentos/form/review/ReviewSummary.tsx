import { Alert, Anchor, List, Text } from '@mantine/core';
import { forwardRef } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../../api/client';
import type { DocumentCheck } from '../../../api/types';
import { focusField } from './focus-field';
import { documentLabelOf, fieldAnchor, fieldKeyOf, problemHref } from './problems';
import { READABLE_TITLE } from '../../../ui/alert-styles';

// The review's answer above the form: "Está completo" or what is missing before sending, each entry
// a link to its field (this form) or to the other document's form.
export const ReviewSummary = forwardRef<
  HTMLDivElement,
  { cycleId: string; kind: string; result: DocumentCheck | null; error: unknown }
>(function ReviewSummary({ cycleId, kind, result, error }, ref) {
  if (error)
    return (
      <Alert
        ref={ref}
        tabIndex={-1}
        color="red"
        variant="light"
        styles={READABLE_TITLE}
        role="alert"
        title="No se pudo revisar el documento"
      >
        {errorMessage(error)}
      </Alert>
    );
  if (!result) return null;
  if (result.complete)
    return (
      <Alert
        ref={ref}
        tabIndex={-1}
        styles={READABLE_TITLE}
        color="teal"
        variant="light"
        role="status"
        title="Revisión"
      >
        Está completo: puede enviarlo a aprobación.
      </Alert>
    );
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      styles={READABLE_TITLE}
      color="orange"
      variant="light"
      role="status"
      title="Antes de enviar, falta:"
    >
      <Text size="sm" mb={4}>
        Cada punto se muestra también junto a su campo. Haga clic en uno para ir a él.
      </Text>
      <List size="sm" spacing={4} aria-label="Lo que falta antes de enviar">
        {result.problems.map((problem, i) => {
          const key = fieldKeyOf(problem.path, kind);
          const text = problem.label && !problem.message.includes(problem.label) ? `${problem.label}: ` : '';
          if (key === null) {
            const href = problemHref(cycleId, problem.path);
            const words = `${documentLabelOf(problem.kind)} › ${text}${problem.message}`;
            return (
              <List.Item key={i}>
                {href ? (
                  <Anchor component={Link} to={href}>
                    {words}
                  </Anchor>
                ) : (
                  words
                )}
              </List.Item>
            );
          }
          if (key === '') return <List.Item key={i}>{problem.message}</List.Item>;
          return (
            <List.Item key={i}>
              <Anchor
                href={`#${fieldAnchor(key)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(key);
                }}
              >
                {text}
                {problem.message}
              </Anchor>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
});
