import { updateAssessment } from '../../store/library-store';

/** "Hide the overall score", saved with the assessment (the report leaves it out too). */
export function HideOverallToggle({ id, hidden }: { id: string; hidden: boolean }) {
  return (
    <div
      className="govuk-checkboxes govuk-checkboxes--small app-no-print"
      data-module="govuk-checkboxes"
    >
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          id="hide-overall"
          type="checkbox"
          checked={hidden}
          aria-describedby="hide-overall-hint"
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            updateAssessment(id, (a) => ({
              ...a,
              settings: { ...a.settings, hideOverall: checked },
            }));
          }}
        />
        <label className="govuk-label govuk-checkboxes__label" htmlFor="hide-overall">
          Hide the overall score
        </label>
        <div id="hide-overall-hint" className="govuk-hint govuk-checkboxes__hint">
          Show only the theme scores, so the results are not read as a league table.
        </div>
      </div>
    </div>
  );
}
