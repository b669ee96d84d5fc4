import type { ReactNode } from 'react';
import { Cell, Table } from '../../components/table';
import { hiddenReason, type CountBy, type GroupStats } from '../../domain/aggregate-stats';

export const r = (x: number) => String(Math.round(x));
export const d1 = (x: number) => x.toFixed(1);
export const signed = (x: number, f: (x: number) => string) =>
  x > 0 ? `+${f(x)}` : x < 0 ? `−${f(-x)}` : f(0);

/**
 * A workshop table of figures, in a box that scrolls sideways on a narrow screen and is named by
 * the caption. Every column but the first holds figures (right-aligned) unless `numeric` lists
 * the columns that do.
 */
export function FiguresTable({
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
  const columns = head.map((header, i) => ({
    header,
    numeric: numeric ? numeric.includes(i) : i > 0,
  }));
  return (
    <Table caption={caption} columns={columns} scroll={caption} testId={testId}>
      {children}
    </Table>
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
        <Cell numeric>{g.n}</Cell>
        <Cell colSpan={5}>{hiddenReason(g, by)}</Cell>
      </>
    );
  const s = g.stats;
  return (
    <>
      {[g.n, f(s.min), f(s.q1), f(s.median), f(s.q3), f(s.max)].map((v, i) => (
        <Cell key={i} numeric>
          {v}
        </Cell>
      ))}
    </>
  );
}
