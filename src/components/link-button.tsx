import type { KeyboardEvent, ReactNode } from 'react';

/**
 * A link that looks like a GOV.UK button. It has the button role, so like a button it also
 * responds to the space bar (as GOV.UK Frontend's own script does).
 */
export function LinkButton({
  href,
  children,
  variant,
  start = false,
}: {
  href: string;
  children: ReactNode;
  variant?: 'secondary' | 'warning';
  start?: boolean;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key === ' ') {
      event.preventDefault();
      event.currentTarget.click();
    }
  };
  return (
    <a
      href={href}
      role="button"
      draggable="false"
      className={`govuk-button${variant ? ` govuk-button--${variant}` : ''}${start ? ' govuk-button--start' : ''}`}
      onKeyDown={onKeyDown}
    >
      {children}
      {start ? (
        <svg
          className="govuk-button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      ) : null}
    </a>
  );
}
