import type { ComponentProps, ElementType, ReactNode } from 'react';

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
        /** Shown inside the group after the fieldset (a warning about the value). */
        after?: ReactNode;
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
  /** Extra classes on the form group. */
  groupClassName?: string;
};

/** The element's class with GOV.UK's error modifier, e.g. `govuk-input govuk-input--error`. */
export const fieldClass = (base: string, error: string | undefined, extra?: string) =>
  `${base}${extra ? ` ${extra}` : ''}${error ? ` ${base}--error` : ''}`;

/** The message under a field, with the visually hidden "Error:" that screen readers need. */
export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

type Tag = 'input' | 'select' | 'textarea';
const BASE: Record<Tag, string> = {
  input: 'govuk-input',
  select: 'govuk-select',
  textarea: 'govuk-textarea',
};
type Props<T extends Tag> = FieldProps & Omit<ComponentProps<T>, 'id'>;

/**
 * One labelled GOV.UK field in its form group. Everything besides the group's props (react-hook-form's
 * `register`, or `value`/`onChange`, and `ref`) goes to the element; `className` adds to GOV.UK's class
 * (a width), and an error adds its `--error` modifier.
 */
function Field<T extends Tag>({
  as,
  label,
  labelClassName,
  hint,
  error,
  groupClassName,
  ...own
}: Props<T> & { as: T }) {
  const { className, ...element } = own as { id: string; className?: string };
  const Element = as as ElementType;
  return (
    <FormGroup
      id={element.id}
      label={label}
      labelClassName={labelClassName}
      hint={hint}
      error={error}
      className={groupClassName}
    >
      {(ids) => (
        <Element
          aria-describedby={ids}
          {...element}
          className={fieldClass(BASE[as], error, className)}
        />
      )}
    </FormGroup>
  );
}

/** A GOV.UK text input. */
export function TextInput(props: Props<'input'>) {
  return <Field as="input" type="text" {...props} />;
}

/** A GOV.UK select; the options are the children. */
export function SelectField(props: Props<'select'>) {
  return <Field as="select" {...props} />;
}

/** A GOV.UK textarea, three rows unless told. */
export function TextareaField(props: Props<'textarea'>) {
  return <Field as="textarea" rows={3} {...props} />;
}
