import { useRef, useState, type DragEvent } from 'react';
import './files-drop.css';

/**
 * A GOV.UK file upload field that also takes files dropped onto it. The native input stays the way
 * in for keyboard and screen reader users (Enter or Space opens the picker); dropping is extra.
 * Shared by the import page and the workshop page (features cannot import each other).
 */
export function FilesDrop({
  id,
  label,
  hint,
  error,
  disabled = false,
  onFiles,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}) {
  const [active, setActive] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setActive(false);
    if (disabled) return;
    const files = [...e.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--m" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="govuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="govuk-error-message" id={errorId}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <div
        className={`app-file-drop${active ? ' app-file-drop--active' : ''}`}
        data-testid={`${id}-drop-zone`}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          if (!active) setActive(true);
        }}
        onDragLeave={() => setActive(false)}
        onDrop={onDrop}
      >
        <input
          ref={input}
          className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
          id={id}
          name={id}
          type="file"
          multiple
          accept=".json,application/json"
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            // Cleared so that choosing the same files again still fires a change.
            e.currentTarget.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
        <p className="govuk-body app-file-drop__text" aria-hidden="true">
          {active ? 'Drop the files to add them' : 'or drag and drop files here'}
        </p>
      </div>
    </div>
  );
}
