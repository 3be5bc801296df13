import { useEffect, useMemo, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type { DocumentView as DocumentResponse, ItemObservation } from '../../api/types';
import { COMPARE_HEADING_ID } from './paths';
import { RestoredNotice } from './RestoredNotice';
import { comparisonOf, withComparison, type Comparison } from './version-choice';
import { VersionCompare } from './VersionCompare';
import { VersionHistory } from './VersionHistory';

// The "Versiones" section of the document page: the history of its versions, and the comparison
// of any two of them, kept in the page's URL.
export function DocumentVersions({
  document,
  observations,
}: {
  document: DocumentResponse;
  observations: readonly ItemObservation[];
}) {
  const [params, setParams] = useSearchParams();
  const numbers = useMemo(() => document.versions.map((v) => v.version), [document.versions]);
  const comparison = comparisonOf(params, numbers);
  const heading = useRef<HTMLHeadingElement>(null);
  const compare = (next: Comparison) => setParams(withComparison(params, next), { replace: true });
  const showHeading = () => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  };
  // Arriving from a version's "Comparar con la versión vigente": straight to the comparison.
  const { hash } = useLocation();
  useEffect(() => {
    if (hash === `#${COMPARE_HEADING_ID}`) showHeading();
  }, [hash]);

  return (
    <>
      <RestoredNotice />
      <VersionHistory
        cycleId={document.cycleId}
        kind={document.kind}
        versions={document.versions}
        onCompare={(pair) => {
          compare(pair);
          // The comparison is below the table: take the person there.
          showHeading();
        }}
      />
      {document.versions.length > 1 && (
        <VersionCompare
          cycleId={document.cycleId}
          kind={document.kind}
          versions={document.versions}
          comparison={comparison}
          onChange={compare}
          observations={observations}
          headingRef={heading}
        />
      )}
    </>
  );
}
