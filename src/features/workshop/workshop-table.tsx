import type { ReactNode } from 'react';
import { hiddenReason, type CountBy, type GroupStats } from '../../domain/aggregate-stats';

export const r = (x: number) => String(Math.round(x));
export const d1 = (x: number) => x.toFixed(1);
export const signed = (x: number, f: (x: number) => string) =>
  x > 0 ? `+${f(x)}` : x < 0 ? `−${f(-x)}` : f(0);

/**
 * A GOV.UK table in a box that scrolls sideways on a narrow screen (so the page itself never does);
 * the box can take focus so keyboard users can scroll it. `numeric` lists the columns whose header
 * is right-aligned over figures.
 */
export function Table({
  caption,
  head,
  children,
  testId,
  numeric,
}: {
  caption: string;
  head: string[];
  children: ReactNode;
  testId?: string;
  numeric?: number[];
}) {
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table" data-testid={testId}>
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((h, i) => (
              <th
                key={`${i}-${h}`}
                scope="col"
                className={`govuk-table__header${(numeric ? numeric.includes(i) : i > 0) ? ' govuk-table__header--numeric' : ''}`}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">{children}</tbody>
      </table>
    </div>
  );
}

/** n, then the five figures, or why there are none (too few, or no scores at all). */
export function StatCells({
  g,
  by,
  f = r,
}: {
  g: GroupStats;
  by: CountBy;
  f?: (x: number) => string;
}) {
  if (!g.stats)
    return (
      <>
        <td className="govuk-table__cell govuk-table__cell--numeric">{g.n}</td>
        <td className="govuk-table__cell" colSpan={5}>
          {hiddenReason(g, by)}
        </td>
      </>
    );
  const s = g.stats;
  return (
    <>
      {[g.n, f(s.min), f(s.q1), f(s.median), f(s.q3), f(s.max)].map((v, i) => (
        <td key={i} className="govuk-table__cell govuk-table__cell--numeric">
          {v}
        </td>
      ))}
    </>
  );
}

export function Cell({ children, numeric }: { children: ReactNode; numeric?: boolean }) {
  return (
    <td className={`govuk-table__cell${numeric ? ' govuk-table__cell--numeric' : ''}`}>
      {children}
    </td>
  );
}
