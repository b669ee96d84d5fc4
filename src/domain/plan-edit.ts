/**
 * Editing the action plan: pure list operations, and merging a regenerated draft into a plan the
 * user has already worked on without losing their work.
 */
import type { PlanAction } from './assessment-schema';
import type { Questionnaire } from './questionnaire-schema';

const PRIORITY_ORDER: Record<PlanAction['priority'], number> = { high: 0, medium: 1, low: 2 };

/** Actions in the order every output prints them: by priority, then due date (none last), then as listed. */
export function sortPlan<T extends Pick<PlanAction, 'priority' | 'due'>>(plan: readonly T[]): T[] {
  return plan
    .map((a, i) => ({ a, i }))
    .sort(
      (x, y) =>
        PRIORITY_ORDER[x.a.priority] - PRIORITY_ORDER[y.a.priority] ||
        (x.a.due === '' ? 1 : 0) - (y.a.due === '' ? 1 : 0) ||
        (x.a.due < y.a.due ? -1 : x.a.due > y.a.due ? 1 : 0) ||
        x.i - y.i,
    )
    .map((x) => x.a);
}

/** A high-priority action with nobody named: flagged before the report is made. */
export const needsOwner = (a: Pick<PlanAction, 'priority' | 'owner'>): boolean =>
  a.priority === 'high' && a.owner.trim() === '';

export function upsertAction(plan: PlanAction[], action: PlanAction): PlanAction[] {
  return plan.some((a) => a.id === action.id)
    ? plan.map((a) => (a.id === action.id ? action : a))
    : [...plan, action];
}

export function removeAction(plan: PlanAction[], id: string): PlanAction[] {
  return plan.filter((a) => a.id !== id);
}

/** Moves an action one place up (-1) or down (+1); at either end the plan is returned unchanged. */
export function moveAction(plan: PlanAction[], id: string, by: -1 | 1): PlanAction[] {
  const from = plan.findIndex((a) => a.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= plan.length) return plan;
  const next = [...plan];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** An id for an action the user adds; `random` is injected so tests are repeatable. */
export function newActionId(plan: PlanAction[], random: () => string): string {
  const taken = new Set(plan.map((a) => a.id));
  for (;;) {
    const id = `own:${random()}`;
    if (!taken.has(id)) return id;
  }
}

/** The bank's text for a suggested action, from its origin "<question id>#<action id>". */
export function suggestionText(questionnaire: Questionnaire, origin: string): string | undefined {
  const [questionId, actionId] = origin.split('#');
  for (const theme of questionnaire.themes) {
    const q = theme.questions.find((x) => x.id === questionId);
    if (q) return q.actions.find((a) => a.id === actionId)?.text;
  }
  return undefined;
}

/**
 * A suggestion exactly as the draft made it: the bank's wording, nobody named, no date, no measure,
 * not started. Anything else counts as the user's work. (Priority is left out: the draft derives
 * it from the answers, so it changes on regeneration without anyone editing it.)
 */
export function isUntouchedSuggestion(action: PlanAction, questionnaire: Questionnaire): boolean {
  if (action.origin === null) return false;
  return (
    action.text === suggestionText(questionnaire, action.origin) &&
    action.owner === '' &&
    action.due === '' &&
    action.measure === '' &&
    action.status === 'not-started'
  );
}

export type DraftMerge = {
  /** The plan with every current action kept and the new suggestions added after them. */
  kept: PlanAction[];
  /** Suggestions in the new draft that the plan did not have. */
  added: PlanAction[];
  /** Untouched suggestions the new draft no longer makes: removed only if the user agrees. */
  stale: PlanAction[];
  /** Suggestions the new draft no longer makes but which the user has worked on: always kept. */
  staleEdited: PlanAction[];
};

/**
 * Regenerating the draft: keeps the user's own actions and every suggestion already in the plan
 * (with its edits), appends suggestions that are missing, and sets aside the untouched suggestions
 * that no longer apply so the page can ask before removing them.
 */
export function mergeDraft(
  plan: PlanAction[],
  draft: PlanAction[],
  questionnaire: Questionnaire,
): DraftMerge {
  const inPlan = new Set(plan.flatMap((a) => (a.origin === null ? [] : [a.origin])));
  const inDraft = new Set(draft.flatMap((a) => (a.origin === null ? [] : [a.origin])));
  const taken = new Set(plan.map((a) => a.id));
  const added = draft.filter((a) => a.origin !== null && !inPlan.has(a.origin) && !taken.has(a.id));
  const gone = plan.filter((a) => a.origin !== null && !inDraft.has(a.origin));
  return {
    kept: [...plan, ...added],
    added,
    stale: gone.filter((a) => isUntouchedSuggestion(a, questionnaire)),
    staleEdited: gone.filter((a) => !isUntouchedSuggestion(a, questionnaire)),
  };
}

/** The merged plan, with the stale suggestions removed only when the user said so. */
export function applyDraftMerge(merge: DraftMerge, removeStale: boolean): PlanAction[] {
  if (!removeStale) return merge.kept;
  const stale = new Set(merge.stale.map((a) => a.id));
  return merge.kept.filter((a) => !stale.has(a.id));
}

/** A due date before today: allowed, but flagged. Dates are YYYY-MM-DD, so they compare as strings. */
export function isPastDate(due: string, today: string): boolean {
  return due !== '' && due < today;
}

export function isOverdue(action: PlanAction, today: string): boolean {
  return action.status !== 'done' && isPastDate(action.due, today);
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type DateField = 'day' | 'month' | 'year';
export type DateParts = Record<DateField, string>;
export type ParsedDate =
  { ok: true; value: string } | { ok: false; message: string; fields: DateField[] };

const NAMES: Record<DateField, string> = { day: 'a day', month: 'a month', year: 'a year' };

/**
 * The GOV.UK date input's rules: all three parts empty means no date, or the `required` message
 * ("Enter the date of ...") when the date must be given; a missing part, a year that is not four
 * digits or an impossible date is an error naming the parts.
 */
export function parseDateParts(parts: DateParts, label: string, required?: string): ParsedDate {
  const t = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const fields: DateField[] = ['day', 'month', 'year'];
  const missing = fields.filter((f) => t[f] === '');
  if (missing.length === 3)
    return required ? { ok: false, message: required, fields } : { ok: true, value: '' };
  if (missing.length > 0) {
    const words = missing.map((f) => NAMES[f].replace('a ', ''));
    return {
      ok: false,
      message: `${label} must include a ${words.join(' and ')}`,
      fields: missing,
    };
  }
  const notNumbers = fields.filter((f) => !/^\d+$/.test(t[f]));
  if (notNumbers.length > 0)
    return { ok: false, message: `${label} must be a real date`, fields: notNumbers };
  if (!/^\d{4}$/.test(t.year))
    return { ok: false, message: 'Year must include 4 numbers', fields: ['year'] };
  const day = Number(t.day);
  const month = Number(t.month);
  const year = Number(t.year);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    date.getUTCDate() !== day ||
    date.getUTCMonth() !== month - 1
  ) {
    return {
      ok: false,
      message: `${label} must be a real date`,
      fields: month < 1 || month > 12 ? ['month'] : ['day'],
    };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, value: `${t.year}-${pad(month)}-${pad(day)}` };
}

/**
 * A form schema's issues for a date that did not parse: one per wrong box, each under the name the
 * form gives that box, so the form can highlight only the boxes to correct.
 */
export function datePartIssues<N extends string>(
  parsed: ParsedDate,
  names: Record<DateField, N>,
): { code: 'custom'; path: [N]; message: string }[] {
  if (parsed.ok) return [];
  return parsed.fields.map((f) => ({ code: 'custom', path: [names[f]], message: parsed.message }));
}

/** The three boxes of the date input for a stored YYYY-MM-DD (or empty) date. */
export function dateToParts(date: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m
    ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] ?? '' }
    : { day: '', month: '', year: '' };
}
