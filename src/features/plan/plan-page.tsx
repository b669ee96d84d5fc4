import { useMemo } from 'react';
import { href, paths } from '../../app/paths';
import { AssessmentNotFound } from '../../components/assessment-not-found';
import type { Assessment } from '../../domain/assessment-schema';
import { localToday, newActionId } from '../../domain/plan-edit';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { draftPlan, effectiveTargets, scoreAssessment } from '../../domain/scoring';
import { updateAssessment, useAssessment } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { PlanEditor } from './plan-editor';
import { TargetsForm } from './targets-form';
import './plan.css';

export function PlanPage({ params }: { params: Record<string, string | undefined> }) {
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
      outro={
        <>
          <TargetsForm
            result={result}
            chosen={assessment.targets}
            planSaved={assessment.plan.length > 0}
            onSave={(t) => updateAssessment(id, (a) => ({ ...a, targets: t }))}
          />
          <p className="govuk-body govuk-!-margin-top-6">
            <a className="govuk-link" href={href(paths.results(id))}>
              Back to the results
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
