import type { MouseEvent } from 'react';

/**
 * "Skip to main content". With hash routing a plain `#main-content` link would change the route,
 * so the link moves focus itself.
 */
export function SkipLink({ targetId = 'main-content' }: { targetId?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.setAttribute('tabindex', '-1');
    target.focus();
  };
  return (
    <a href={`#${targetId}`} className="govuk-skip-link" onClick={onClick}>
      Skip to main content
    </a>
  );
}
