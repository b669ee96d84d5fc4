/** The header of the column that holds a row's ConfirmInRow: named for screen readers only. */
export const ACTION_COLUMN = { header: <span className="govuk-visually-hidden">Action</span> };

const BUTTON = 'govuk-button govuk-!-margin-bottom-0';

/**
 * A table row's destructive action that asks first: "Remove" becomes "Yes, remove …" and "Cancel",
 * without leaving the row. The caller holds which row is confirming, so only one asks at a time.
 */
export function ConfirmInRow({
  verb,
  name,
  confirming,
  onAsk,
  onCancel,
  onConfirm,
}: {
  verb: 'Remove' | 'Delete';
  name: string;
  confirming: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  if (!confirming) {
    return (
      <button type="button" className={`${BUTTON} govuk-button--secondary`} onClick={onAsk}>
        {verb}
        <span className="govuk-visually-hidden"> {name}</span>
      </button>
    );
  }
  return (
    <div className="govuk-button-group govuk-!-margin-bottom-0">
      <button
        type="button"
        className={`${BUTTON} govuk-button--warning`}
        autoFocus
        onClick={onConfirm}
      >
        Yes, {verb.toLowerCase()} {name}
      </button>
      <button type="button" className={`${BUTTON} govuk-button--secondary`} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
