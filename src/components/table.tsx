import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import './table.css';

/** A column's header: its words alone, or with numeric (right) alignment and extra classes. */
export type Column = string | { header: ReactNode; numeric?: boolean; className?: string };

export type CaptionSize = 's' | 'm' | 'l';

const classes = (...names: (string | false | null | undefined)[]) =>
  names.filter(Boolean).join(' ');

export type TableProps = {
  caption: ReactNode;
  captionSize?: CaptionSize;
  captionId?: string;
  columns: readonly Column[];
  children: ReactNode;
  className?: string;
  testId?: string;
  scroll?: boolean | string;
};

/**
 * A GOV.UK table: caption, a header row of column headers (`scope="col"`) and the body rows the
 * caller writes with `Row`, `RowHeader` and `Cell`.
 *
 * `scroll` puts a wide table in a box that scrolls sideways on a narrow screen, so the page itself
 * never does (a 375 px phone). The box can take focus, so keyboard users can scroll it, and is a
 * named region: `true` names it by the caption, a string names it with those words.
 */
export function Table({
  caption,
  captionSize = 's',
  captionId,
  columns,
  children,
  className,
  testId,
  scroll,
}: TableProps) {
  const ownId = useId();
  const id = captionId ?? (scroll === true ? ownId : undefined);
  const table = (
    <table className={classes('govuk-table', className)} data-testid={testId}>
      <caption id={id} className={`govuk-table__caption govuk-table__caption--${captionSize}`}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column, i) => {
            const c = typeof column === 'string' ? { header: column } : column;
            return (
              <th
                key={i}
                scope="col"
                className={classes(
                  'govuk-table__header',
                  c.numeric && 'govuk-table__header--numeric',
                  c.className,
                )}
              >
                {c.header}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
  if (!scroll) return table;
  const name = scroll === true ? { 'aria-labelledby': id } : { 'aria-label': scroll };
  return (
    <div className="app-table-scroll" role="region" tabIndex={0} {...name}>
      {table}
    </div>
  );
}

/** A body row. */
export function Row({ className, ...props }: ComponentPropsWithoutRef<'tr'>) {
  return <tr {...props} className={classes('govuk-table__row', className)} />;
}

/** The cell that names its row (`scope="row"`), usually the first. */
export function RowHeader({ className, ...props }: ComponentPropsWithoutRef<'th'>) {
  return <th scope="row" {...props} className={classes('govuk-table__header', className)} />;
}

/** A data cell; `numeric` right-aligns figures under a numeric column header. */
export function Cell({
  numeric,
  className,
  ...props
}: ComponentPropsWithoutRef<'td'> & { numeric?: boolean }) {
  return (
    <td
      {...props}
      className={classes('govuk-table__cell', numeric && 'govuk-table__cell--numeric', className)}
    />
  );
}
