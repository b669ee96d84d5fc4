import type { ReactNode } from 'react';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../components/use-page-title';
import type { PlanAction } from '../../domain/assessment-schema';
import type { DraftMerge } from '../../domain/plan-edit';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { ActionList } from './action-list';
import { MergeConfirm } from './merge-confirm';
import { UPDATE_PLAN_BUTTON } from './plan-wording';

export type Banner = { text: string; undo?: PlanAction[] };

export type PlanListViewProps = {
  assessmentId: string;
  organisation: string;
  bank: Questionnaire;
  today: string;
  list: PlanAction[];
  showingDraft: boolean;
  /** Whether the draft suggests anything, so that updating the plan from it can help. */
  hasDraft: boolean;
  banner: Banner | null;
  pendingMerge: DraftMerge | null;
  announcement: string;
  intro?: ReactNode;
  outro?: ReactNode;
  onAdd: () => void;
  onEdit: (id: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
  onUndo: (previous: PlanAction[]) => void;
  onUpdateFromDraft: () => void;
  onConfirmMerge: (removeStale: boolean) => void;
};

/** The plan page's list view: the outcome of the last change, the actions and their buttons. */
export function PlanListView(p: PlanListViewProps) {
  usePageTitle(`Targets and action plan for ${p.organisation}`);
  const undo = p.banner?.undo;
  return (
    <>
      <span className="govuk-caption-l">{p.organisation}</span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Targets and action plan
      </h1>
      {p.banner && (
        <NotificationBanner title="Success" success id="plan-banner" heading={p.banner.text}>
          {undo && (
            <button type="button" className="app-button-link" onClick={() => p.onUndo(undo)}>
              Undo
            </button>
          )}
        </NotificationBanner>
      )}
      {p.intro}
      <section aria-labelledby="actions-heading">
        <h2 className="govuk-heading-l" id="actions-heading">
          Actions ({p.list.length})
        </h2>
        <p className="govuk-body">
          Most urgent first. The actions work towards the theme targets above.
        </p>
        {p.showingDraft ? (
          <div className="govuk-inset-text">
            This is a draft, built from your priorities and the actions the question bank suggests
            for them. Change, add, remove and reorder actions as you need: the plan is saved with
            your first change.
          </div>
        ) : p.list.length === 0 ? (
          <p className="govuk-body">
            There are no actions: no answered question is below its theme’s target. You can add your
            own.
          </p>
        ) : null}
        <div className="govuk-button-group">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            id="add-action"
            onClick={p.onAdd}
          >
            Add an action
          </button>
          {!p.showingDraft && p.hasDraft && (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              id="update-plan"
              onClick={p.onUpdateFromDraft}
            >
              {UPDATE_PLAN_BUTTON}
            </button>
          )}
        </div>
        {p.pendingMerge && <MergeConfirm merge={p.pendingMerge} onConfirm={p.onConfirmMerge} />}
        <div aria-live="polite" className="govuk-visually-hidden">
          {p.announcement}
        </div>
        <ActionList
          assessmentId={p.assessmentId}
          bank={p.bank}
          plan={p.list}
          today={p.today}
          onChange={p.onEdit}
          onMove={p.onMove}
          onRemove={p.onRemove}
        />
      </section>
      {p.outro}
    </>
  );
}
