import { useId, useState } from 'react';
import { POSITION_TEXT, TOO_FEW_LABEL } from '../../domain/aggregate-stats';
import type { BenchmarkFile } from '../../domain/benchmark-file';
import { compareWithBenchmark } from '../../domain/benchmark-file-build';
import { useLibrary } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';

const r = (x: number) => String(Math.round(x));

/** One of the user's own assessments against a network benchmark's quartiles, theme by theme. */
export function BenchmarkComparisonView({ benchmark }: { benchmark: BenchmarkFile }) {
  const bank = useQuestionnaire();
  const saved = useLibrary((s) => s.assessments);
  const list = Object.values(saved).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const [chosen, setChosen] = useState(list[0]?.id ?? '');
  const selectId = useId();
  const assessment = saved[chosen] ?? list[0];
  if (!assessment) return null;
  const rows = compareWithBenchmark(bank, assessment, benchmark);

  return (
    <>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={selectId}>
          Compare with your assessment
        </label>
        <select
          className="govuk-select"
          id={selectId}
          value={assessment.id}
          onChange={(e) => setChosen(e.target.value)}
        >
          {list.map((a) => (
            <option key={a.id} value={a.id}>
              {a.about.organisation} ({a.about.date})
            </option>
          ))}
        </select>
      </div>
      {benchmark.questionnaire.version !== bank.version ? (
        <div className="govuk-inset-text">
          The network’s figures were made with version {benchmark.questionnaire.version} of the
          question bank; this tool uses version {bank.version}. Themes may not compare exactly.
        </div>
      ) : null}
      <table className="govuk-table" data-testid="benchmark-comparison">
        <caption className="govuk-table__caption govuk-table__caption--s">
          {assessment.about.organisation} against the network: theme scores out of 100
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Theme
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Your score
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Network lower quartile
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Network median
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Network upper quartile
            </th>
            <th scope="col" className="govuk-table__header">
              Where you are
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.themeId}>
              <th scope="row" className="govuk-table__header">
                {row.title}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {row.score === null ? 'No score' : r(row.score)}
              </td>
              {row.network ? (
                <>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {r(row.network.q1)}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {r(row.network.median)}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {r(row.network.q3)}
                  </td>
                </>
              ) : (
                <td className="govuk-table__cell" colSpan={3}>
                  {TOO_FEW_LABEL}
                </td>
              )}
              <td className="govuk-table__cell">
                {row.position ? POSITION_TEXT[row.position] : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
