import { useId, useRef, useState } from 'react';
import { Checkbox } from '../../components/checkbox';
import { radioOptions, Radios } from '../../components/radios';
import { SelectField } from '../../components/form-group';
import type { CountBy } from '../../domain/aggregate-stats';
import { canonicalKey, mergeOrganisations, unmerge, type Workshop } from '../../domain/workshop';
import { orgKeyOf } from '../../domain/workshop-letters';

const COUNT_BY = radioOptions({
  council: 'Each council once (the median of its respondents)',
  response: 'Each response',
} satisfies Record<CountBy, string>);

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
      <Checkbox
        id="anonymise"
        label="Show organisations anonymously"
        hint="As Council A, Council B and so on, on this page and in every download."
        checked={workshop.anonymise}
        onChange={(e) => onChange({ ...workshop, anonymise: e.target.checked, updatedAt: stamp() })}
      />
      <Radios
        idPrefix="count-by"
        legend="What the network figures count"
        legendClassName="govuk-fieldset__legend--s"
        hint="Counting each council once stops a council that sent many respondents from outweighing one that sent one."
        small
        options={COUNT_BY}
        inputProps={(value) => ({
          name: 'count-by',
          checked: countBy === value,
          onChange: () => setCount(value as CountBy),
        })}
      />
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
  const fromRef = useRef<HTMLSelectElement>(null);
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
  // No error summary for one small form: focus goes to the first select, which the message describes.
  const fail = (message: string) => {
    setError(message);
    fromRef.current?.focus();
  };
  const submit = () => {
    const f = list[Number(from)]?.[0];
    const t = list[Number(into)]?.[0];
    if (f === undefined || t === undefined) return fail('Select two organisations to merge');
    if (canonicalKey(merges, f) === canonicalKey(merges, t))
      return fail('Select two different organisations');
    setError(null);
    onChange(mergeOrganisations(workshop, f, t, new Date()));
  };
  const options = [
    <option key="" value="">
      Select
    </option>,
    ...list.map(([k, name], i) => (
      <option key={k} value={String(i)}>
        {name}
      </option>
    )),
  ];
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
      <SelectField
        id={fromId}
        ref={fromRef}
        label="Organisation to merge"
        labelClassName=""
        error={error ?? undefined}
        value={from}
        onChange={(e) => setFrom(e.target.value)}
      >
        {options}
      </SelectField>
      <SelectField
        id={intoId}
        label="Count it as"
        labelClassName=""
        value={into}
        onChange={(e) => setInto(e.target.value)}
      >
        {options}
      </SelectField>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={submit}>
        Merge organisations
      </button>
    </>
  );
}
