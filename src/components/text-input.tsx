import type { ComponentProps } from 'react';
import { fieldClass, FormGroup, splitField, type FieldProps } from './form-group';

/**
 * A GOV.UK text input in its form group. Everything else (react-hook-form's `register`, or
 * `value`/`onChange`, and `ref`) goes to the input; `className` adds a width class.
 */
export function TextInput(props: FieldProps & Omit<ComponentProps<'input'>, 'id'>) {
  const { group, own, error } = splitField(props);
  const { className, ...input } = own;
  return (
    <FormGroup {...group}>
      {(ids) => (
        <input
          type="text"
          aria-describedby={ids}
          {...input}
          className={fieldClass('govuk-input', error, className)}
        />
      )}
    </FormGroup>
  );
}
