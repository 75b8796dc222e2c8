import type { ChecklistItem } from '../../shared/publish';
import { SignOff } from './SignOff';

interface ChecklistViewProps {
  items: ChecklistItem[];
  confirmed: ReadonlySet<string>;
  reviewerName: string;
  onConfirm: (id: string, isConfirmed: boolean) => void;
  onReviewerName: (name: string) => void;
  onJump: (item: ChecklistItem) => void;
}

const marks = { error: '✕', warning: '!', ok: '✓' } as const;

/** The pre-publish checklist: each item with its reason, a jump to the place, and a sign-off for warnings. */
export function ChecklistView({ items, confirmed, reviewerName, onConfirm, onReviewerName, onJump }: ChecklistViewProps) {
  const order = { error: 0, warning: 1, ok: 2 } as const;
  const sorted = [...items].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <ul className="checklist" aria-label="Publish checklist">
      {sorted.map((item) => (
        <li key={item.id} className={`check check-${item.severity}`}>
          <span className="check-mark" aria-hidden="true">
            {marks[item.severity]}
          </span>
          <div className="check-body">
            <span className="check-label">
              <span className="visually-hidden">{item.severity === 'ok' ? 'Passed' : item.severity === 'error' ? 'Error' : 'Warning'}: </span>
              {item.label}
            </span>
            <span className="check-reason">{item.reason}</span>
            {item.severity === 'warning' ? (
              <SignOff isConfirmed={confirmed.has(item.id)} reviewerName={reviewerName} onConfirm={(isConfirmed) => onConfirm(item.id, isConfirmed)} onReviewerName={onReviewerName} />
            ) : null}
          </div>
          {item.target && item.severity !== 'ok' ? (
            <button type="button" className="check-go" onClick={() => onJump(item)} aria-label={`Go to: ${item.label}`}>
              Go
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
