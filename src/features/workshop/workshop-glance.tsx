import type { ReactNode } from 'react';
import type { WorkshopAggregate } from '../../domain/aggregate';
import { workshopHighlights } from '../../domain/aggregate-highlights';
import { COUNT_BY_TEXT, MIN_GROUP, unitNoun } from '../../domain/aggregate-stats';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { r } from './workshop-table';
import { rowsOf, SummaryList } from '../../components/summary-list';

/** The first things a facilitator needs: the extremes, where to start, and the largest council–VCS gap. */
export function AtAGlance({ agg, bank }: { agg: WorkshopAggregate; bank: Questionnaire }) {
  const h = workshopHighlights(bank, agg);
  const rows: [string, ReactNode][] = [['Counting', `Figures count ${COUNT_BY_TEXT[agg.countBy]}`]];
  if (h.strongest && h.weakest) {
    rows.push(['Strongest theme', `${h.strongest.title} (median ${r(h.strongest.median)})`]);
    rows.push(['Weakest theme', `${h.weakest.title} (median ${r(h.weakest.median)})`]);
  }
  if (h.councilVcsGap) {
    const side =
      h.councilVcsGap.difference > 0
        ? 'the council rates itself higher than its VCS partners do'
        : 'VCS partners rate the council higher than it rates itself';
    rows.push([
      'Largest council–VCS gap',
      `${h.councilVcsGap.title}: ${side}, by ${r(Math.abs(h.councilVcsGap.difference))} points`,
    ]);
  } else {
    const council = agg.roleCounts.officer + agg.roleCounts.member;
    rows.push([
      'Council and VCS views',
      `Compared when there are ${MIN_GROUP} or more ${unitNoun(agg.countBy, 2)} on each side (now ${council} responses from officers and members, ${agg.roleCounts.vcs} from VCS partners)`,
    ]);
  }
  if (h.prompts.length > 0) {
    rows.push([
      'Where to start the discussion',
      <ol className="govuk-list govuk-list--number" key="prompts">
        {h.prompts.map((p) => (
          <li key={p.questionId}>
            {p.text}{' '}
            <span className="govuk-body-s">
              ({p.theme}; answers from level {p.min} to level {p.max})
            </span>
          </li>
        ))}
      </ol>,
    ]);
  }
  return <SummaryList testId="at-a-glance" rows={rowsOf(rows)} />;
}
