export const DIAGRAM_START = '<!-- diagram:start (npm run diagram -- --readme) -->';
export const DIAGRAM_END = '<!-- diagram:end -->';

// The README's procedure diagram lives between two markers and is regenerated, never edited.
export function replaceReadmeDiagram(readme: string, diagram: string): string {
  const start = readme.indexOf(DIAGRAM_START);
  const end = readme.indexOf(DIAGRAM_END);
  if (start < 0 || end < start) throw new Error('README.md no tiene los marcadores del diagrama');
  return `${readme.slice(0, start + DIAGRAM_START.length)}\n\n\`\`\`mermaid\n${diagram.trimEnd()}\n\`\`\`\n\n${readme.slice(end)}`;
}
