// The title of a light Alert takes the alert's colour (yellow, orange, teal), which does not reach
// WCAG AA contrast on its pale background: it is written in the text colour instead.
export const READABLE_TITLE = { title: { color: 'var(--mantine-color-text)' } } as const;
