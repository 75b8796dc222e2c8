import { memo } from 'react';
import type { Finding } from '../../shared/attribution/types';

function FindingListView({ findings, onJump }: { findings: Finding[]; onJump: (finding: Finding) => void }) {
  if (findings.length === 0) return <p className="empty-state">No attribution problems found.</p>;
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul className="finding-list" aria-label="Attribution findings">
      {sorted.map((finding, index) => (
        <li key={`${finding.code}-${index}`} className={`finding finding-${finding.severity}`}>
          <button type="button" onClick={() => onJump(finding)} disabled={finding.paragraph < 0}>
            <strong>{finding.severity === 'error' ? 'Error' : 'Warning'}:</strong> {finding.message}
          </button>
        </li>
      ))}
    </ul>
  );
}

const isSameFinding = (a: Finding, b: Finding) => a.code === b.code && a.severity === b.severity && a.message === b.message && a.paragraph === b.paragraph && a.start === b.start && a.end === b.end && a.quoteKey === b.quoteKey;

/**
 * What the editor must check, errors first; each item jumps to its place in the body. A new
 * analysis with the same findings in the same places renders nothing again.
 */
export const FindingList = memo(
  FindingListView,
  (before, after) => before.onJump === after.onJump && before.findings.length === after.findings.length && before.findings.every((finding, index) => isSameFinding(finding, after.findings[index]!)),
);
