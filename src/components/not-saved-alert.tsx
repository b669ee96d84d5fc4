/**
 * Shown while changes cannot be written to the browser's storage. It is an alert (announced at
 * once) with a way to download the data, because anything unsaved is lost if the tab is closed.
 */
export function NotSavedAlert({
  id = 'not-saved',
  message,
  items,
  onDownload,
}: {
  /** Distinguishes two alerts on one page (assessments, workshops). */
  id?: string;
  message: string;
  /** The assessments whose latest changes are not saved. */
  items: { id: string; label: string }[];
  onDownload: (id: string) => void;
}) {
  return (
    <div
      className="govuk-error-summary"
      role="alert"
      aria-labelledby={`${id}-title`}
      data-testid={`${id}-alert`}
    >
      <div role="presentation">
        <h2 className="govuk-error-summary__title" id={`${id}-title`}>
          Not saved: your changes are not being saved on this device
        </h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{message}</p>
          {items.length === 1 && items[0] ? (
            <button
              type="button"
              className="govuk-button govuk-!-margin-bottom-0"
              onClick={() => onDownload(items[0]!.id)}
            >
              Download your data
            </button>
          ) : items.length > 1 ? (
            <ul className="govuk-list">
              {items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
                    onClick={() => onDownload(item.id)}
                  >
                    Download your data<span className="govuk-visually-hidden">:</span> {item.label}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
