import { Cell, Row, RowHeader, Table } from '../../components/table';
import { useId, useState } from 'react';
import { POSITION_TEXT, TOO_FEW_LABEL } from '../../domain/aggregate-stats';
import type { BenchmarkFile } from '../../domain/benchmark-file';
import { compareWithBenchmark } from '../../domain/benchmark-file-build';
import { useLibrary } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';

const r = (x: number) => String(Math.round(x));

const COLUMNS = [
  'Theme',
  { header: 'Your score', numeric: true },
  { header: 'Network lower quartile', numeric: true },
  { header: 'Network median', numeric: true },
  { header: 'Network upper quartile', numeric: true },
  'Where you are',
];

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
      <Table
        caption={`${assessment.about.organisation} against the network: theme scores out of 100`}
        columns={COLUMNS}
        scroll
        testId="benchmark-comparison"
      >
        {rows.map((row) => (
          <Row key={row.themeId}>
            <RowHeader>{row.title}</RowHeader>
            <Cell numeric>{row.score === null ? 'No score' : r(row.score)}</Cell>
            {row.network ? (
              <>
                <Cell numeric>{r(row.network.q1)}</Cell>
                <Cell numeric>{r(row.network.median)}</Cell>
                <Cell numeric>{r(row.network.q3)}</Cell>
              </>
            ) : (
              <Cell colSpan={3}>{TOO_FEW_LABEL}</Cell>
            )}
            <Cell>{row.position ? POSITION_TEXT[row.position] : '–'}</Cell>
          </Row>
        ))}
      </Table>
    </>
  );
}
