import type { ComponentProps, ElementType } from 'react';
import { fieldClass, FormGroup, splitField, type FieldProps } from './form-group';

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
function Field<T extends Tag>({ as, ...props }: Props<T> & { as: T }) {
  const { group, own, error } = splitField(props);
  const { className, ...element } = own as { className?: string };
  const Element = as as ElementType;
  return (
    <FormGroup {...group}>
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
