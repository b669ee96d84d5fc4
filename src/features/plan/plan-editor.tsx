import { useEffect, useRef, useState, type ReactNode } from 'react';
import { usePageTitle } from '../../components/use-page-title';
import type { PlanAction } from '../../domain/assessment-schema';
import {
  applyDraftMerge,
  mergeDraft,
  moveAction,
  removeAction,
  upsertAction,
  type DraftMerge,
} from '../../domain/plan-edit';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { ActionForm } from './action-form';
import {
  emptyFormValues,
  fromFormValues,
  toFormValues,
  type ActionFormValues,
} from './action-form-schema';
import { ActionList } from './action-list';

type View = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: string };
type Banner = { text: string; undo?: PlanAction[] };

export type PlanEditorProps = {
  assessmentId: string;
  organisation: string;
  bank: Questionnaire;
  /** The saved plan; empty until the user first changes the draft. */
  plan: PlanAction[];
  /** The draft the scoring method makes from the current answers and targets. */
  draft: PlanAction[];
  today: string;
  newId: (plan: PlanAction[]) => string;
  onChange: (next: PlanAction[]) => void;
  /** Shown above the actions on the list view (the targets form). */
  intro?: ReactNode;
  /** Shown below the actions on the list view (links onward). */
  outro?: ReactNode;
};

/**
 * The action plan: the list with its buttons, and the add/change form in its place. While the
 * saved plan is empty the draft is shown, and the first change saves it with the change applied.
 */
export function PlanEditor(props: PlanEditorProps) {
  const { bank, plan, draft, today, newId, onChange } = props;
  const [view, setView] = useState<View>({ kind: 'list' });
  const [banner, setBanner] = useState<Banner | null>(null);
  // A banner belongs to the plan it was shown for: new targets (a new draft) retire it, so no
  // "Action removed… Undo" outlives the state it would undo into (reset during render, as React
  // advises for state that follows a prop).
  const draftKey = draft.map((a) => `${a.id}:${a.themeId}:${a.priority}`).join('|');
  const [bannerFor, setBannerFor] = useState(draftKey);
  if (bannerFor !== draftKey) {
    setBannerFor(draftKey);
    setBanner(null);
  }
  const [pendingMerge, setPendingMerge] = useState<DraftMerge | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const showingDraft = plan.length === 0 && draft.length > 0;
  const list = showingDraft ? draft : plan;

  useEffect(() => {
    if (!focusTarget || view.kind !== 'list') return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget, view, list]);

  const show = (b: Banner, focus = 'plan-banner') => {
    setBanner(b);
    setFocusTarget(focus);
  };

  const move = (id: string, by: -1 | 1) => {
    const next = moveAction(list, id, by);
    const at = next.findIndex((a) => a.id === id);
    onChange(next);
    setBanner(null);
    // Keep focus on the pressed button; at either end that button is gone, so use the other one.
    const sameButton = by === -1 ? at > 0 : at < next.length - 1;
    setFocusTarget(
      sameButton ? `${by === -1 ? 'up' : 'down'}-${id}` : `${by === -1 ? 'down' : 'up'}-${id}`,
    );
    setAnnouncement(`Action moved to number ${at + 1} of ${next.length}.`);
  };

  const remove = (id: string) => {
    const gone = list.find((a) => a.id === id);
    onChange(removeAction(list, id));
    setPendingMerge(null);
    show({ text: `Action removed: ${gone?.text ?? ''}`, undo: list });
  };

  const save = (values: ActionFormValues) => {
    const existing = view.kind === 'edit' ? list.find((a) => a.id === view.id) : undefined;
    const action = fromFormValues(values, existing ?? { id: newId(list), origin: null });
    onChange(upsertAction(list, action));
    setView({ kind: 'list' });
    show({ text: existing ? 'Action saved.' : 'Action added at the end of the plan.' });
  };

  const regenerate = () => {
    const merge = mergeDraft(plan, draft, bank);
    if (merge.stale.length > 0) {
      setPendingMerge(merge);
      setFocusTarget('merge-confirm');
      return;
    }
    finishMerge(merge, false);
  };

  const finishMerge = (merge: DraftMerge, removeStale: boolean) => {
    const next = applyDraftMerge(merge, removeStale);
    setPendingMerge(null);
    const removed = removeStale ? merge.stale.length : 0;
    if (merge.added.length === 0 && removed === 0) {
      show({ text: 'The plan already has every suggested action. Nothing was changed.' });
      return;
    }
    onChange(next);
    const parts = [
      `${merge.added.length} suggested ${merge.added.length === 1 ? 'action' : 'actions'} added at the end`,
      removed > 0 ? `${removed} removed` : '',
      'your own actions and changes kept',
    ].filter(Boolean);
    show({ text: `Draft regenerated: ${parts.join('; ')}.`, undo: plan });
  };

  if (view.kind !== 'list') {
    const editing = view.kind === 'edit' ? list.find((a) => a.id === view.id) : undefined;
    return (
      <ActionForm
        key={view.kind === 'edit' ? view.id : 'new'}
        heading={editing ? 'Change action' : 'Add an action'}
        bank={bank}
        initial={editing ? toFormValues(editing) : emptyFormValues('')}
        today={today}
        onSave={save}
        onCancel={() => {
          setView({ kind: 'list' });
          setFocusTarget(editing ? `change-${editing.id}` : 'add-action');
        }}
      />
    );
  }

  return (
    <ListView
      {...props}
      list={list}
      showingDraft={showingDraft}
      banner={banner}
      pendingMerge={pendingMerge}
      announcement={announcement}
      onAdd={() => setView({ kind: 'add' })}
      onEdit={(id) => setView({ kind: 'edit', id })}
      onMove={move}
      onRemove={remove}
      onUndo={(previous) => {
        onChange(previous);
        show({ text: 'Change undone.' });
      }}
      onRegenerate={regenerate}
      onConfirmMerge={(removeStale) => pendingMerge && finishMerge(pendingMerge, removeStale)}
    />
  );
}

type ListViewProps = PlanEditorProps & {
  list: PlanAction[];
  showingDraft: boolean;
  banner: Banner | null;
  pendingMerge: DraftMerge | null;
  announcement: string;
  onAdd: () => void;
  onEdit: (id: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
  onUndo: (previous: PlanAction[]) => void;
  onRegenerate: () => void;
  onConfirmMerge: (removeStale: boolean) => void;
};

function ListView(p: ListViewProps) {
  usePageTitle(`Targets and action plan for ${p.organisation}`);
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <>
      <span className="govuk-caption-l">{p.organisation}</span>
      <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
        Targets and action plan
      </h1>
      {p.banner && (
        <div
          className="govuk-notification-banner govuk-notification-banner--success"
          role="alert"
          aria-labelledby="plan-banner-title"
          id="plan-banner"
          tabIndex={-1}
        >
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="plan-banner-title">
              Success
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{p.banner.text}</p>
            {p.banner.undo && (
              <button
                type="button"
                className="app-button-link"
                onClick={() => p.onUndo(p.banner!.undo!)}
              >
                Undo
              </button>
            )}
          </div>
        </div>
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
          {!p.showingDraft && p.draft.length > 0 && (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              id="regenerate"
              onClick={p.onRegenerate}
            >
              Regenerate draft from priorities
            </button>
          )}
        </div>
        {p.pendingMerge && (
          <div
            className="app-merge-confirm"
            id="merge-confirm"
            tabIndex={-1}
            aria-labelledby="merge-confirm-title"
            role="region"
          >
            <h3 className="govuk-heading-m" id="merge-confirm-title">
              Remove suggestions that no longer apply?
            </h3>
            <p className="govuk-body">
              Your answers or targets have changed, so the draft no longer suggests{' '}
              {p.pendingMerge.stale.length === 1
                ? 'this action'
                : `these ${p.pendingMerge.stale.length} actions`}
              , which you have not changed:
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {p.pendingMerge.stale.map((a) => (
                <li key={a.id}>{a.text}</li>
              ))}
            </ul>
            <p className="govuk-body">
              {p.pendingMerge.added.length} new suggested{' '}
              {p.pendingMerge.added.length === 1 ? 'action' : 'actions'} will be added either way.
              Your own actions and every action you have changed are kept.
            </p>
            <div className="govuk-button-group">
              <button
                type="button"
                className="govuk-button govuk-button--warning"
                onClick={() => p.onConfirmMerge(true)}
              >
                Remove {p.pendingMerge.stale.length === 1 ? 'it' : 'them'}
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => p.onConfirmMerge(false)}
              >
                Keep {p.pendingMerge.stale.length === 1 ? 'it' : 'them'}
              </button>
            </div>
          </div>
        )}
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
