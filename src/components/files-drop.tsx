import { compareNames } from '../domain/aggregate-labels';
import { useRef, useState, type DragEvent } from 'react';
import './files-drop.css';

/**
 * The files under a dropped entry: a file as it is, a folder's .json files (any depth). Other files
 * in a folder (a spreadsheet, a .DS_Store) are left out; a file dropped on its own is always kept,
 * so that a wrong file gets its message rather than vanishing.
 */
async function filesOf(entry: FileSystemEntry, topLevel: boolean): Promise<File[]> {
  if (entry.isFile) {
    if (!topLevel && !entry.name.toLowerCase().endsWith('.json')) return [];
    return new Promise((resolve) =>
      (entry as FileSystemFileEntry).file(
        (f) => resolve([f]),
        () => resolve([]),
      ),
    );
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries returns at most about 100 entries a call: read until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    );
    if (batch.length === 0) break;
    children.push(...batch);
  }
  children.sort((a, b) => compareNames(a.name, b.name));
  return (await Promise.all(children.map((c) => filesOf(c, false)))).flat();
}

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
  multiple = true,
  onFiles,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  disabled?: boolean;
  /** False for a field that takes one file (folders cannot be dropped on it). */
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}) {
  const [active, setActive] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setActive(false);
    if (disabled) return;
    // Entries must be taken during the event; the folder walk itself can finish later.
    const entries = [...e.dataTransfer.items].map((item) => item.webkitGetAsEntry?.() ?? null);
    const plain = [...e.dataTransfer.files];
    if (entries.some((entry) => entry?.isDirectory)) {
      void Promise.all(
        entries.map((entry, i) =>
          entry ? filesOf(entry, true) : Promise.resolve(plain[i] ? [plain[i]] : []),
        ),
      ).then((lists) => {
        const files = lists.flat();
        if (files.length > 0) onFiles(files);
      });
      return;
    }
    if (plain.length > 0) onFiles(plain);
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
          multiple={multiple}
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
          {!multiple
            ? active
              ? 'Drop the file to add it'
              : 'or drag and drop the file here'
            : active
              ? 'Drop the files to add them'
              : 'or drag and drop files, or a folder of files, here'}
        </p>
      </div>
    </div>
  );
}
