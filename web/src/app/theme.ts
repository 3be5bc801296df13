import { createTheme, Modal, type MantineColorsTuple } from '@mantine/core';

// The Chilean government's Kit Digital: primary #006FB3, secondary #FE6565, tertiary #0A132D;
// Roboto for text and Roboto Slab for headings. Shade 6 of each scale is the kit's own colour.
const gobBlue: MantineColorsTuple = [
  '#e5f3fb',
  '#cce4f3',
  '#99c8e8',
  '#62aadb',
  '#3691d1',
  '#1a81cb',
  '#006fb3',
  '#005f99',
  '#004f80',
  '#003c61',
];
const gobRed: MantineColorsTuple = [
  '#ffecec',
  '#ffd6d6',
  '#ffadad',
  '#fe8a8a',
  '#fe7575',
  '#fe6565',
  '#e54f4f',
  '#c93c3c',
  '#a82e2e',
  '#8a2222',
];
const gobNavy: MantineColorsTuple = [
  '#e8ebf3',
  '#c9cfe0',
  '#a3adc9',
  '#7b89b0',
  '#56679a',
  '#3a4c85',
  '#253770',
  '#18265a',
  '#0f1b43',
  '#0a132d',
];

export const theme = createTheme({
  primaryColor: 'gobBlue',
  primaryShade: { light: 6, dark: 3 },
  colors: { gobBlue, gobRed, gobNavy },
  fontFamily: 'Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: '"Roboto Slab", Georgia, serif', fontWeight: '600' },
  focusRing: 'always',
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // Mantine's close buttons carry no name of their own: every dialog's says it in Spanish.
    Modal: Modal.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Cerrar' } },
      styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
    }),
  },
});
