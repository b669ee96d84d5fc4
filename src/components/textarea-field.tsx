import type { ReactNode } from 'react';
import { useDebouncedText } from './use-debounced-text';

/** A GOV.UK textarea whose text is saved as the user types (debounced, flushed on blur). */
export function SavedTextarea({
  id,
  label,
  labelClassName = 'govuk-label--s',
  hint,
  saved,
  onSave,
  rows = 3,
  maxLength,
}: {
  id: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  saved: string;
  onSave: (value: string) => void;
  rows?: number;
  maxLength?: number;
}) {
  const field = useDebouncedText(saved, onSave);
  const hintId = `${id}-hint`;
  return (
    <div className="govuk-form-group">
      <label className={`govuk-label ${labelClassName}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      <textarea
        className="govuk-textarea"
        id={id}
        rows={rows}
        maxLength={maxLength}
        aria-describedby={hint ? hintId : undefined}
        value={field.value}
        onChange={(e) => field.onChange(e.target.value)}
        onBlur={field.flush}
      />
    </div>
  );
}
