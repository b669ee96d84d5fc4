import { TextareaField, type FieldProps } from './form-group';
import { useDebouncedText } from './use-debounced-text';

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
