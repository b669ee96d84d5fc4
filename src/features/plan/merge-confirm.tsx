import type { DraftMerge } from '../../domain/plan-edit';

/**
 * Asked before updating the plan would remove anything: suggestions that the draft no longer makes
 * and the user has not changed. Removing them or keeping them, the new suggestions are added.
 */
export function MergeConfirm({
  merge,
  onConfirm,
}: {
  merge: DraftMerge;
  onConfirm: (removeStale: boolean) => void;
}) {
  const one = merge.stale.length === 1;
  const added = merge.added.length;
  return (
    <div
      className="app-merge-confirm"
      id="merge-confirm"
      tabIndex={-1}
      aria-labelledby="merge-confirm-title"
      role="region"
    >
      <h3 className="govuk-heading-m" id="merge-confirm-title">
        Remove suggestions that no longer apply?
      </h3>
      <p className="govuk-body">
        Your answers or targets have changed, so the draft no longer suggests{' '}
        {one ? 'this action' : `these ${merge.stale.length} actions`}, which you have not changed:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {merge.stale.map((a) => (
          <li key={a.id}>{a.text}</li>
        ))}
      </ul>
      <p className="govuk-body">
        {added} new suggested {added === 1 ? 'action' : 'actions'} will be added either way. Your
        own actions and every action you have changed are kept.
      </p>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          onClick={() => onConfirm(true)}
        >
          Remove {one ? 'it' : 'them'}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => onConfirm(false)}
        >
          Keep {one ? 'it' : 'them'}
        </button>
      </div>
    </div>
  );
}
