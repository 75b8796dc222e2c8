import type { Finding } from '../../shared/attribution/types';

/** What the editor must check, errors first; each item jumps to its place in the body. */
export function FindingList({ findings, onJump }: { findings: Finding[]; onJump: (finding: Finding) => void }) {
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
