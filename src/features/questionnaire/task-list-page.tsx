import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { AssessmentNotFound } from '../../components/assessment-not-found';
import { formatDate, plural } from '../../domain/format';
import { SummaryList } from '../../components/summary-list';
import { TaskList, type Task } from '../../components/task-list';
import { usePageTitle } from '../../components/use-page-title';
import { AUTHORITY_TYPES, MARKINGS, ROLES } from '../../domain/options';
import { assessmentProgress, THEME_STATUS_LABELS, type ThemeStatus } from '../../domain/progress';
import { useAssessment } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { ToAnswerNotice } from './to-answer-notice';
import { useBankFit } from './use-bank-fit';

const STATUS_TAG: Record<ThemeStatus, Task['status']> = {
  'not-started': { text: THEME_STATUS_LABELS['not-started'], tag: 'blue' },
  'in-progress': { text: THEME_STATUS_LABELS['in-progress'], tag: 'light-blue' },
  completed: { text: THEME_STATUS_LABELS.completed },
};

export function TaskListPage({ params }: PageProps<typeof paths.tasks>) {
  const id = params.id;
  const assessment = useAssessment(id);
  const questionnaire = useQuestionnaire();
  const fit = useBankFit(id, assessment, questionnaire);
  usePageTitle(
    assessment ? `Your assessment: ${assessment.about.organisation}` : 'Assessment not found',
  );
  if (!assessment) return <AssessmentNotFound savedHref={href(paths.assessments())} />;

  const progress = assessmentProgress(questionnaire, assessment);
  const themeTasks: Task[] = progress.themes.map((t) => ({
    id: t.themeId,
    name: t.title,
    href: href(paths.theme(id, t.themeId)),
    hint: `${t.answered} of ${t.total} questions answered`,
    status: STATUS_TAG[t.status],
  }));
  const started = progress.answered > 0;
  const afterTasks: Task[] = [
    {
      id: 'check',
      name: 'Check your answers',
      href: started ? href(paths.check(id)) : undefined,
      status: started
        ? {
            text: progress.complete ? 'Ready to check' : 'Some questions unanswered',
            tag: progress.complete ? undefined : 'light-blue',
          }
        : { text: 'Cannot start yet' },
    },
    {
      id: 'results',
      name: 'See your results',
      href: started ? href(paths.results(id)) : undefined,
      hint: 'Scores by theme, critical gaps and priorities',
      status: started
        ? { text: progress.complete ? 'Available' : 'Provisional until every question is answered' }
        : { text: 'Cannot start yet' },
    },
    {
      id: 'plan',
      name: 'Set targets and plan actions',
      href: started ? href(paths.plan(id)) : undefined,
      status: started
        ? {
            text:
              assessment.plan.length > 0
                ? plural(assessment.plan.length, 'action')
                : 'No actions yet',
          }
        : { text: 'Cannot start yet' },
    },
    {
      id: 'cabinet',
      name: 'Write the cabinet paper',
      href: started ? href(paths.cabinet(id)) : undefined,
      hint: 'Meeting, recommendations, options, implications and contact officer',
      status: started
        ? {
            text:
              assessment.cabinet.meeting || assessment.cabinet.options
                ? 'Started'
                : 'Drafted from your answers',
          }
        : { text: 'Cannot start yet' },
    },
    {
      id: 'report',
      name: 'Get the report',
      href: started ? href(paths.report(id)) : undefined,
      hint: 'PDF for print, Word, or an accessible web page',
      status: started ? { text: 'Available' } : { text: 'Cannot start yet' },
    },
    {
      id: 'export',
      name: 'Export a file to keep or share',
      href: href(paths.exportFiles(id)),
      status: { text: 'Available' },
    },
  ];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{assessment.about.organisation}</span>
        <h1 className="govuk-heading-l">Your assessment</h1>
        {fit ? (
          <ToAnswerNotice
            assessmentId={id}
            bank={questionnaire}
            madeWith={fit.assessment.questionnaire.version}
            toAnswer={fit.toAnswer}
          />
        ) : null}
        <p className="govuk-body" id="progress-summary">
          You have answered {progress.answered} of {progress.total} questions and completed{' '}
          {progress.themesCompleted} of {progress.themes.length} themes. Your answers are saved as
          you go.
        </p>

        <SummaryList
          rows={[
            {
              key: 'Organisation',
              value: assessment.about.organisation,
              action: { href: href(paths.about(id)), hidden: 'organisation' },
            },
            {
              key: 'Type of authority',
              value: AUTHORITY_TYPES[assessment.about.authorityType],
              action: { href: href(paths.about(id)), hidden: 'type of authority' },
            },
            {
              key: 'Your role',
              value: ROLES[assessment.about.role],
              action: { href: href(paths.about(id)), hidden: 'role' },
            },
            {
              key: 'Date',
              value: formatDate(assessment.about.date),
              action: { href: href(paths.about(id)), hidden: 'date' },
            },
            {
              key: 'Protective marking',
              value: MARKINGS[assessment.about.marking],
              action: { href: href(paths.about(id)), hidden: 'protective marking' },
            },
          ]}
        />

        <h2 className="govuk-heading-m">Answer the questions</h2>
        <p className="govuk-body">
          Answer the themes in any order. You can leave and come back at any time.
        </p>
        <TaskList tasks={themeTasks} idPrefix="theme" />

        <h2 className="govuk-heading-m">Check and use your answers</h2>
        <TaskList tasks={afterTasks} idPrefix="after" />
      </div>
    </div>
  );
}
