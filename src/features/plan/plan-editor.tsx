import { useEffect, useState, type ReactNode } from 'react';
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
import { PlanListView, type Banner } from './plan-list-view';

type View = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: string };

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

  const updateFromDraft = () => {
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
    show({ text: `Plan updated from your priorities: ${parts.join('; ')}.`, undo: plan });
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
    <PlanListView
      assessmentId={props.assessmentId}
      organisation={props.organisation}
      bank={bank}
      today={today}
      intro={props.intro}
      outro={props.outro}
      list={list}
      showingDraft={showingDraft}
      hasDraft={draft.length > 0}
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
      onUpdateFromDraft={updateFromDraft}
      onConfirmMerge={(removeStale) => pendingMerge && finishMerge(pendingMerge, removeStale)}
    />
  );
}
