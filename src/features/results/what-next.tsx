import { href, paths } from '../../routes/paths';

/** Where to go from the results: the plan first, then the paper, the report and the method. */
export function WhatNext({ id }: { id: string }) {
  const links = [
    { href: href(paths.plan(id)), text: 'Set targets and make the action plan', main: true },
    { href: href(paths.cabinet(id)), text: 'Write the cabinet paper' },
    { href: href(paths.report(id)), text: 'Make a report' },
    { href: href(paths.scoring()), text: 'How scoring works' },
    { href: href(paths.tasks(id)), text: 'Change your answers' },
  ];
  return (
    <section aria-labelledby="next-heading" className="app-section app-no-print">
      <h2 className="govuk-heading-l" id="next-heading">
        What next
      </h2>
      <ul className="govuk-list">
        {links.map((l) => (
          <li key={l.text}>
            <a className={`govuk-link${l.main ? ' govuk-!-font-weight-bold' : ''}`} href={l.href}>
              {l.text}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
