import { getMetadataStorage } from 'class-validator';
import { REGISTER_DOCUMENT_KINDS, SINGLETON_DOCUMENT_KINDS } from '../../../workflows/document-kinds';
import * as content from '.';
import { CONTENT_SCHEMAS } from '.';

// Every class exported by the content module that carries validation metadata: the
// schemas and all their nested shapes.
function reachableClasses(): Set<new () => object> {
  const storage = getMetadataStorage();
  const classes = Object.values(content).filter(
    (value): value is new () => object =>
      typeof value === 'function' && storage.getTargetValidationMetadatas(value, '', true, false).length > 0,
  );
  return new Set(classes);
}

describe('CONTENT_SCHEMAS', () => {
  it('has one schema per document kind', () => {
    expect(Object.keys(CONTENT_SCHEMAS).sort()).toEqual(
      [...SINGLETON_DOCUMENT_KINDS, ...REGISTER_DOCUMENT_KINDS].sort(),
    );
  });

  it('gives every constraint a Spanish message of its own', () => {
    const storage = getMetadataStorage();
    const withoutMessage: string[] = [];
    const classes = reachableClasses();
    expect(classes.size).toBeGreaterThanOrEqual(40);
    for (const schema of Object.values(CONTENT_SCHEMAS)) expect(classes).toContain(schema);
    for (const cls of classes) {
      for (const metadata of storage.getTargetValidationMetadatas(cls, '', true, false)) {
        const conditional = metadata.type === 'conditionalValidation';
        // A message may be built from the property (the codes of an enum with their labels).
        const message: unknown =
          typeof metadata.message === 'function'
            ? metadata.message({
                property: metadata.propertyName,
                value: undefined,
                constraints: metadata.constraints,
                targetName: cls.name,
                object: {},
              })
            : metadata.message;
        if (!conditional && (typeof message !== 'string' || !/^[A-ZÁÉÍÓÚ][^]* [a-záéíóúñ]/.test(message))) {
          withoutMessage.push(`${cls.name}.${metadata.propertyName} (${metadata.name ?? metadata.type})`);
        }
      }
    }
    expect(withoutMessage).toEqual([]);
  });

  it('bounds every string and every list', () => {
    const storage = getMetadataStorage();
    const unbounded: string[] = [];
    for (const cls of reachableClasses()) {
      const byProperty = new Map<string, string[]>();
      for (const m of storage.getTargetValidationMetadatas(cls, '', true, false)) {
        byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m.name ?? m.type]);
      }
      for (const [property, names] of byProperty) {
        if (names.includes('isString') && !names.includes('maxLength') && !names.includes('matches'))
          unbounded.push(`${cls.name}.${property}`);
        if (names.includes('isArray') && !names.includes('arrayMaxSize')) unbounded.push(`${cls.name}.${property}`);
      }
    }
    expect(unbounded).toEqual([]);
  });
});
