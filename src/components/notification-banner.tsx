import { useId, type ReactNode } from 'react';

/**
 * GOV.UK notification banner. `success` banners announce a change the user just caused
 * (role=alert, as the Design System advises); others are a labelled region.
 */
export function NotificationBanner({
  title = 'Important',
  heading,
  children,
  success = false,
  live = false,
  id,
}: {
  title?: string;
  heading?: ReactNode;
  children?: ReactNode;
  success?: boolean;
  /** Announce it when it appears (for changes that happen without the user acting). */
  live?: boolean;
  /** An id to move focus to the banner after the change it reports (it is then focusable). */
  id?: string;
}) {
  const titleId = useId();
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : live ? 'status' : 'region'}
      aria-labelledby={titleId}
      id={id}
      tabIndex={id ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading ? <p className="govuk-notification-banner__heading">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}
