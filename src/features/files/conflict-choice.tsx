import { formatDateTime } from '../../domain/format';
import type { ConflictChoice } from '../../domain/workshop-import-plan';

/** Which of two copies of an assessment was changed last, in words, for the replace-or-keep choice. */
export function whichIsNewer(fileChanged: string, savedChanged: string | undefined): string {
  if (!savedChanged) return 'Another file you chose has the same assessment.';
  const both = `The saved copy was last changed ${formatDateTime(savedChanged)}; this file ${formatDateTime(fileChanged)}.`;
  if (fileChanged === savedChanged) return `${both} Both were last changed at the same moment.`;
  return `${both} ${fileChanged > savedChanged ? 'This file is newer.' : 'The saved copy is newer.'}`;
}

const OPTIONS = [
  ['keep-both', 'Keep both (add this file as a separate copy)'],
  ['replace', 'Replace the saved copy with this file'],
] as const;

/** An imported file whose assessment is already saved in another version: keep both, or replace. */
export function ConflictChoiceField({
  index,
  fileChanged,
  savedChanged,
  value,
  onChange,
}: {
  index: number;
  fileChanged: string;
  savedChanged: string | undefined;
  value: ConflictChoice;
  onChange: (value: ConflictChoice) => void;
}) {
  const hintId = `conflict-${index}-hint`;
  return (
    <div className="govuk-form-group govuk-!-margin-bottom-0">
      <fieldset className="govuk-fieldset" aria-describedby={hintId}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          A different version of this assessment is already saved. What should happen?
        </legend>
        <div className="govuk-hint govuk-!-font-size-16" id={hintId}>
          {whichIsNewer(fileChanged, savedChanged)}
        </div>
        <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
          {OPTIONS.map(([option, label]) => (
            <div className="govuk-radios__item" key={option}>
              <input
                className="govuk-radios__input"
                id={`conflict-${index}-${option}`}
                name={`conflict-${index}`}
                type="radio"
                value={option}
                checked={value === option}
                onChange={() => onChange(option)}
              />
              <label
                className="govuk-label govuk-radios__label"
                htmlFor={`conflict-${index}-${option}`}
              >
                {label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
