import { useEffect, useId, useState, type FormEvent } from 'react';
import { SelectField } from '../../components/form-group';
import type { Assessment } from '../../domain/assessment-schema';
import { formatScore } from '../../domain/format';
import type { Level } from '../../domain/questionnaire-schema';
import { defaultTarget, targetWording, type AssessmentResult } from '../../domain/scoring';
import { UPDATE_PLAN_BUTTON } from './plan-wording';

type Props = {
  result: AssessmentResult;
  chosen: Assessment['targets'];
  onSave: (targets: Assessment['targets']) => void;
  /** Whether the plan has been saved (then new targets change it only when it is updated from the priorities). */
  planSaved: boolean;
};

const LEVELS: readonly Level[] = [0, 1, 2, 3, 4];
// A target is a band to reach, met at the band's lower bound: "Established (60 or more)".
const levelText = (l: Level) => targetWording(l);

/**
 * One target level per theme. "Default" stays in the saved targets as an absence, so a theme left
 * on its default follows the scoring method as the answers change.
 */
export function TargetsForm({ result, chosen, onSave, planSaved }: Props) {
  const id = useId();
  const initial = () =>
    Object.fromEntries(
      result.themes.map((t) => [
        t.themeId,
        chosen[t.themeId] === undefined ? '' : String(chosen[t.themeId]),
      ]),
    );
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [saved, setSaved] = useState(false);
  // Another tab, or an import, may change the saved targets under the form.
  const chosenKey = JSON.stringify(chosen);
  useEffect(() => {
    setValues(initial());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when the saved targets change
  }, [chosenKey]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Assessment['targets'] = {};
    for (const [themeId, v] of Object.entries(values))
      if (v !== '') next[themeId] = Number(v) as Level;
    onSave(next);
    setSaved(true);
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 className="govuk-heading-l" id={`${id}-heading`}>
        Targets
      </h2>
      <p className="govuk-body">
        A target is the level you aim for in each theme by the next assessment. Unless you choose
        one, it is one level above the theme’s current band.
      </p>
      <form noValidate onSubmit={submit} className="app-targets">
        {result.themes.map((t) => {
          const fallback = defaultTarget(t);
          const now = t.score === null ? 'no score' : `${formatScore(t.score)}, ${t.band}`;
          return (
            <SelectField
              key={t.themeId}
              id={`target-${t.themeId}`}
              label={t.title}
              hint={`Now: ${now}${t.provisional ? ' (provisional)' : ''}.`}
              value={values[t.themeId] ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setValues((old) => ({ ...old, [t.themeId]: v }));
                setSaved(false);
              }}
            >
              <option value="">Default: {levelText(fallback)}</option>
              {LEVELS.map((l) => (
                <option value={String(l)} key={l}>
                  {levelText(l)}
                </option>
              ))}
            </SelectField>
          );
        })}
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Save targets
        </button>
        <p className="govuk-body" role="status">
          {saved
            ? planSaved
              ? `Targets saved. The results use them now; to bring the plan in line, use “${UPDATE_PLAN_BUTTON}”.`
              : 'Targets saved. The results and the draft plan use them now.'
            : ''}
        </p>
      </form>
    </section>
  );
}
