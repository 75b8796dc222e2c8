import { articleStatuses } from '../../shared/article/model';

/** One option per workflow status, in workflow order. */
export function StatusOptions() {
  return (
    <>
      {articleStatuses.map((status) => (
        <option key={status} value={status}>
          {status}
        </option>
      ))}
    </>
  );
}
