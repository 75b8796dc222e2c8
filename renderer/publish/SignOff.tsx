import { useState } from 'react';
import { ReviewerPrompt } from '../review/ReviewerPrompt';

interface SignOffProps {
  isConfirmed: boolean;
  reviewerName: string;
  onConfirm: (isConfirmed: boolean) => void;
  onReviewerName: (name: string) => void;
}

/**
 * An editor's confirmation of one warning. It says who confirmed only once someone has; with no
 * reviewer name yet, ticking it asks for the name in place first.
 */
export function SignOff({ isConfirmed, reviewerName, onConfirm, onReviewerName }: SignOffProps) {
  const [isAsking, setIsAsking] = useState(false);
  return (
    <>
      <label className="check-confirm">
        <input
          type="checkbox"
          checked={isConfirmed}
          onChange={(event) => {
            if (event.target.checked && !reviewerName) setIsAsking(true);
            else onConfirm(event.target.checked);
          }}
        />
        {isConfirmed ? `Confirmed by ${reviewerName}` : 'Confirm this warning before export'}
      </label>
      {isAsking ? (
        <ReviewerPrompt
          action="confirm"
          onSubmit={(name) => {
            setIsAsking(false);
            onReviewerName(name);
            onConfirm(true);
          }}
          onCancel={() => setIsAsking(false)}
        />
      ) : null}
    </>
  );
}
