import { useMemo } from 'react';
import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { AssessmentNotFound } from '../../components/assessment-not-found';
import type { Assessment } from '../../domain/assessment-schema';
import { localToday, newActionId } from '../../domain/plan-edit';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { effectiveTargets, scoreAssessment } from '../../domain/scoring';
import { draftPlan, planSuggestions } from '../../domain/priorities';
import { updateAssessment, useAssessment } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { PlanEditor } from './plan-editor';
import { PlanSuggestions } from './plan-suggestions';
import { TargetsForm } from './targets-form';
import './plan.css';

export function PlanPage({ params }: PageProps<typeof paths.plan>) {
  const assessment = useAssessment(params.id);
  const bank = useQuestionnaire();
  return assessment ? (
    <Plan assessment={assessment} bank={bank} />
  ) : (
    <AssessmentNotFound savedHref={href(paths.assessments())} />
  );
}

const randomId = () => crypto.randomUUID().slice(0, 8);

function Plan({ assessment, bank }: { assessment: Assessment; bank: Questionnaire }) {
  const id = assessment.id;
  const result = useMemo(() => scoreAssessment(bank, assessment), [bank, assessment]);
  const targets = useMemo(
    () => effectiveTargets(result, assessment.targets),
    [result, assessment.targets],
  );
  const draft = useMemo(() => draftPlan(bank, assessment, targets), [bank, assessment, targets]);
  const current = assessment.plan.length > 0 ? assessment.plan : draft;
  const suggestions = useMemo(() => {
    const taken = new Set(current.flatMap((a) => (a.origin ? [a.origin] : [])));
    return planSuggestions(bank, assessment, targets).filter(
      (a) => a.origin !== null && !taken.has(a.origin),
    );
  }, [bank, assessment, targets, current]);
  const numbers = useMemo(() => {
    const m = new Map<string, string>();
    bank.themes.forEach((t, ti) =>
      t.questions.forEach((q, qi) => m.set(q.id, `${ti + 1}.${qi + 1}`)),
    );
    return m;
  }, [bank]);
  return (
    <PlanEditor
      assessmentId={id}
      organisation={assessment.about.organisation}
      bank={bank}
      plan={assessment.plan}
      draft={draft}
      today={localToday(new Date())}
      newId={(plan) => newActionId(plan, randomId)}
      onChange={(next) => updateAssessment(id, (a) => ({ ...a, plan: next }))}
      intro={
        <TargetsForm
          result={result}
          chosen={assessment.targets}
          planSaved={assessment.plan.length > 0}
          onSave={(t) => updateAssessment(id, (a) => ({ ...a, targets: t }))}
        />
      }
      outro={
        <>
          <PlanSuggestions
            suggestions={suggestions}
            questionNumber={(q) => (q ? (numbers.get(q) ?? q) : '')}
            onAdd={(action) => updateAssessment(id, (a) => ({ ...a, plan: [...current, action] }))}
          />
          <p className="govuk-body govuk-!-margin-top-6">
            <a className="govuk-link" href={href(paths.results(id))}>
              Back to the results
            </a>
            {' · '}
            <a className="govuk-link" href={href(paths.cabinet(id))}>
              Write the cabinet paper
            </a>
            {' · '}
            <a className="govuk-link" href={href(paths.report(id))}>
              Make a report
            </a>
            {' · '}
            <a className="govuk-link" href={href(paths.scoring())}>
              How scoring works
            </a>
          </p>
        </>
      }
    />
  );
}
