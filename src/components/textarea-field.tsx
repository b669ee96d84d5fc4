import type { ComponentProps } from 'react';
import { fieldClass, FormGroup, splitField, type FieldProps } from './form-group';
import { useDebouncedText } from './use-debounced-text';

/** A GOV.UK textarea in its form group; everything else goes to the textarea. */
export function TextareaField(props: FieldProps & Omit<ComponentProps<'textarea'>, 'id'>) {
  const { group, own, error } = splitField(props);
  const { className, ...textarea } = own;
  return (
    <FormGroup {...group}>
      {(ids) => (
        <textarea
          rows={3}
          aria-describedby={ids}
          {...textarea}
          className={fieldClass('govuk-textarea', error, className)}
        />
      )}
    </FormGroup>
  );
}

/** A GOV.UK textarea whose text is saved as the user types (debounced, flushed on blur). */
export function SavedTextarea({
  saved,
  onSave,
  ...field
}: FieldProps & { saved: string; onSave: (value: string) => void; maxLength?: number }) {
  const text = useDebouncedText(saved, onSave);
  return (
    <TextareaField
      {...field}
      value={text.value}
      onChange={(e) => text.onChange(e.target.value)}
      onBlur={text.flush}
    />
  );
}
