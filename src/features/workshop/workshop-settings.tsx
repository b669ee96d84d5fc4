import { useId, useState } from 'react';
import type { CountBy } from '../../domain/aggregate-stats';
import { canonicalKey, mergeOrganisations, unmerge, type Workshop } from '../../domain/workshop';
import { orgKeyOf } from '../../domain/workshop-letters';

/** The workshop's choices: names, what figures count, and organisations that are one council. */
export function WorkshopSettings({
  workshop,
  onChange,
}: {
  workshop: Workshop;
  onChange: (next: Workshop) => void;
}) {
  const countBy = workshop.countBy ?? 'council';
  const stamp = () => new Date().toISOString();
  const setCount = (by: CountBy) => onChange({ ...workshop, countBy: by, updatedAt: stamp() });
  return (
    <>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="anonymise"
              type="checkbox"
              checked={workshop.anonymise}
              aria-describedby="anonymise-hint"
              onChange={(e) =>
                onChange({ ...workshop, anonymise: e.target.checked, updatedAt: stamp() })
              }
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="anonymise">
              Show organisations anonymously
            </label>
            <div id="anonymise-hint" className="govuk-hint govuk-checkboxes__hint">
              As Council A, Council B and so on, on this page and in every download.
            </div>
          </div>
        </div>
      </div>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="count-by-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            What the network figures count
          </legend>
          <div id="count-by-hint" className="govuk-hint">
            Counting each council once stops a council that sent many respondents from outweighing
            one that sent one.
          </div>
          <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {(
              [
                ['council', 'Each council once (the median of its respondents)'],
                ['response', 'Each response'],
              ] as const
            ).map(([value, label]) => (
              <div className="govuk-radios__item" key={value}>
                <input
                  className="govuk-radios__input"
                  id={`count-by-${value}`}
                  name="count-by"
                  type="radio"
                  checked={countBy === value}
                  onChange={() => setCount(value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`count-by-${value}`}>
                  {label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {workshop.anonymise ? (
        <p className="govuk-body">
          To merge organisations that are one council (“Thornbury Vale DC” and “Thornbury Vale
          District Council”), turn names on: merging needs the names.
        </p>
      ) : (
        <MergeForm workshop={workshop} onChange={onChange} />
      )}
    </>
  );
}

function MergeForm({
  workshop,
  onChange,
}: {
  workshop: Workshop;
  onChange: (next: Workshop) => void;
}) {
  const fromId = useId();
  const intoId = useId();
  const [from, setFrom] = useState('');
  const [into, setInto] = useState('');
  const [error, setError] = useState<string | null>(null);
  const merges = workshop.merges ?? {};
  const orgs = new Map<string, string>();
  for (const a of workshop.participants) {
    const k = orgKeyOf(a.about.organisation);
    if (!orgs.has(k)) orgs.set(k, a.about.organisation.trim());
  }
  const list = [...orgs.entries()].sort((a, b) => a[1].localeCompare(b[1], 'en-GB'));
  const nameOf = (k: string) => orgs.get(k) ?? k;
  const submit = () => {
    const f = list[Number(from)]?.[0];
    const t = list[Number(into)]?.[0];
    if (f === undefined || t === undefined) return setError('Select two organisations to merge');
    if (canonicalKey(merges, f) === canonicalKey(merges, t))
      return setError('Select two different organisations');
    setError(null);
    onChange(mergeOrganisations(workshop, f, t, new Date()));
  };
  return (
    <>
      <h3 className="govuk-heading-s">Organisations that are one council</h3>
      {Object.keys(merges).length > 0 ? (
        <ul className="govuk-list" data-testid="merges">
          {Object.entries(merges).map(([k, v]) => (
            <li key={k}>
              {nameOf(k)} counts as {nameOf(v)}{' '}
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => onChange(unmerge(workshop, k, new Date()))}
              >
                Undo<span className="govuk-visually-hidden"> the merge of {nameOf(k)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        {error ? (
          <p className="govuk-error-message" role="alert">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <label className="govuk-label" htmlFor={fromId}>
          Organisation to merge
        </label>
        <select
          className="govuk-select"
          id={fromId}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        >
          <option value="">Select</option>
          {list.map(([k, name], i) => (
            <option key={k} value={String(i)}>
              {name}
            </option>
          ))}
        </select>
        <label className="govuk-label" htmlFor={intoId}>
          Count it as
        </label>
        <select
          className="govuk-select"
          id={intoId}
          value={into}
          onChange={(e) => setInto(e.target.value)}
        >
          <option value="">Select</option>
          {list.map(([k, name], i) => (
            <option key={k} value={String(i)}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={submit}>
        Merge organisations
      </button>
    </>
  );
}
