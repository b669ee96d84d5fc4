import type { ReactNode } from 'react';
import { ErrorMessage } from './error-summary';

/** An `aria-describedby` value from the ids that apply, or nothing when none does. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

type Common = {
  /** The field's id (for a fieldset, its first input's): the hint is `<id>-hint`, the error `<id>-error`. */
  id: string;
  hint?: ReactNode;
  error?: string;
  /** More ids the field is described by, such as a warning shown below it. */
  alsoDescribedBy?: string;
  /** Extra classes on the group, such as a margin override. */
  className?: string;
  /** Shown inside the group after the field (a warning about the value). */
  after?: ReactNode;
};

export type FormGroupProps = Common &
  (
    | {
        label: ReactNode;
        labelClassName?: string;
        /** The field itself, given the `aria-describedby` it must carry. */
        children: (ariaDescribedBy: string | undefined) => ReactNode;
      }
    | {
        legend: ReactNode;
        legendClassName?: string;
        /** `group` for inputs that make one answer together, such as the three boxes of a date. */
        role?: 'group';
        fieldsetProps?: Record<string, string | number | undefined>;
        children: ReactNode;
      }
  );

/**
 * The GOV.UK form group: a label (or a fieldset with a legend), the hint, the error message with
 * its visually hidden "Error:", and the red bar when there is an error. The `aria-describedby`
 * ids are built here once: on the field for a label, on the fieldset for a legend.
 */
export function FormGroup(props: FormGroupProps) {
  const { id, hint, error, className } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const ids = describedBy(hint ? hintId : null, error ? errorId : null, props.alsoDescribedBy);
  const messages = (
    <>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      <ErrorMessage id={errorId} message={error} />
    </>
  );
  const group = `govuk-form-group${error ? ' govuk-form-group--error' : ''}${className ? ` ${className}` : ''}`;
  if ('legend' in props) {
    return (
      <div className={group}>
        <fieldset
          className="govuk-fieldset"
          role={props.role}
          aria-describedby={ids}
          {...props.fieldsetProps}
        >
          <legend
            className={`govuk-fieldset__legend ${props.legendClassName ?? 'govuk-fieldset__legend--s'}`}
          >
            {props.legend}
          </legend>
          {messages}
          {props.children}
        </fieldset>
        {props.after}
      </div>
    );
  }
  return (
    <div className={group}>
      <label className={`govuk-label ${props.labelClassName ?? 'govuk-label--s'}`} htmlFor={id}>
        {props.label}
      </label>
      {messages}
      {props.children(ids)}
      {props.after}
    </div>
  );
}

/** What every labelled field takes besides its own attributes. */
export type FieldProps = {
  id: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  alsoDescribedBy?: string;
  groupClassName?: string;
  after?: ReactNode;
};

/** A field's props split into the group's and the element's own (which keep the id). */
export function splitField<T extends FieldProps>({
  label,
  labelClassName,
  hint,
  error,
  alsoDescribedBy,
  groupClassName,
  after,
  ...own
}: T) {
  const group = { id: own.id, label, labelClassName, hint, error, alsoDescribedBy, after };
  return { group: { ...group, className: groupClassName }, own, error };
}

/** The element's class with GOV.UK's error modifier, e.g. `govuk-input govuk-input--error`. */
export const fieldClass = (base: string, error: string | undefined, extra?: string) =>
  `${base}${extra ? ` ${extra}` : ''}${error ? ` ${base}--error` : ''}`;
