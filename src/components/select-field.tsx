import type { ComponentProps } from 'react';
import { fieldClass, FormGroup, splitField, type FieldProps } from './form-group';

/** A GOV.UK select in its form group; the options are the children. */
export function SelectField(props: FieldProps & Omit<ComponentProps<'select'>, 'id'>) {
  const { group, own, error } = splitField(props);
  const { className, ...select } = own;
  return (
    <FormGroup {...group}>
      {(ids) => (
        <select
          aria-describedby={ids}
          {...select}
          className={fieldClass('govuk-select', error, className)}
        />
      )}
    </FormGroup>
  );
}
