import type { MouseEvent } from 'react';

const CONTENTS: [string, string][] = [
  ['glance', 'At a glance'],
  ['themes', 'Scores by theme'],
  ['change', 'Change since the last workshop'],
  ['disagreement', 'Where responses disagree'],
  ['heat-map', 'Where councils differ: heat map'],
  ['roles', 'Views by role'],
  ['compare', 'One council against the rest'],
  ['downloads', 'Download the workshop pack'],
  ['add', 'Add more files'],
  ['settings', 'Names, counting and merged organisations'],
  ['protect', 'How we protect respondents'],
];

/** In-page links under hash routing: move focus to the section instead of changing the route. */
const jump = (sectionId: string) => (e: MouseEvent) => {
  e.preventDefault();
  const el = document.getElementById(sectionId);
  el?.focus();
  el?.scrollIntoView({ block: 'start' });
};

export function Contents() {
  return (
    <nav className="app-workshop-contents" aria-label="On this page">
      <h2 className="govuk-heading-s">On this page</h2>
      <ul className="govuk-list">
        {CONTENTS.map(([sectionId, text]) => (
          <li key={sectionId}>
            <a className="govuk-link" href={`#${sectionId}`} onClick={jump(sectionId)}>
              {text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
