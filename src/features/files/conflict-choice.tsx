import { radioOptions, Radios } from '../../components/radios';
import { formatDateTime } from '../../domain/format';
import type { ConflictChoice } from '../../domain/workshop-import-plan';

/** Which of two copies of an assessment was changed last, in words, for the replace-or-keep choice. */
export function whichIsNewer(fileChanged: string, savedChanged: string | undefined): string {
  if (!savedChanged) return 'Another file you chose has the same assessment.';
  const both = `The saved copy was last changed ${formatDateTime(savedChanged)}; this file ${formatDateTime(fileChanged)}.`;
  if (fileChanged === savedChanged) return `${both} Both were last changed at the same moment.`;
  return `${both} ${fileChanged > savedChanged ? 'This file is newer.' : 'The saved copy is newer.'}`;
}

const OPTIONS = radioOptions({
  'keep-both': 'Keep both (add this file as a separate copy)',
  replace: 'Replace the saved copy with this file',
} satisfies Record<ConflictChoice, string>);

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
  return (
    <Radios
      idPrefix={`conflict-${index}`}
      legend="A different version of this assessment is already saved. What should happen?"
      legendClassName="govuk-fieldset__legend--s"
      hint={whichIsNewer(fileChanged, savedChanged)}
      small
      className="govuk-!-margin-bottom-0"
      options={OPTIONS}
      inputProps={(option) => ({
        name: `conflict-${index}`,
        checked: value === option,
        onChange: () => onChange(option as ConflictChoice),
      })}
    />
  );
}
