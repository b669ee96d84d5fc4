import '../../domain/zod-config';
import { z } from 'zod';
import type { PlanAction } from '../../domain/assessment-schema';
import { PRIORITIES, STATUSES, type ActionStatus, type Priority } from '../../domain/options';
import { dateToParts, datePartIssues, parseDateParts } from '../../domain/plan-edit';

/** What the action form holds: every box as typed, the due date as the GOV.UK three-part input. */
export type ActionFormValues = {
  text: string;
  themeId: string;
  /** '' when the action is not linked to one question. */
  questionId: string;
  priority: Priority | '';
  owner: string;
  dueDay: string;
  dueMonth: string;
  dueYear: string;
  status: ActionStatus;
  measure: string;
  resources: string;
  needsDecision: boolean;
};

export const DUE_LABEL = 'Due date';
/** The form's names for the due date's three boxes. */
export const DUE_NAMES = { day: 'dueDay', month: 'dueMonth', year: 'dueYear' } as const;

const oneOf = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const actionFormSchema = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, 'Enter a description of the action')
      .max(2000, 'Description must be 2000 characters or fewer'),
    themeId: z.string().min(1, 'Select the theme the action serves'),
    questionId: z.string(),
    priority: z.union([z.enum(oneOf(PRIORITIES)), z.literal('')], { error: 'Select a priority' }),
    owner: z.string().trim().max(200, 'Owner must be 200 characters or fewer'),
    dueDay: z.string(),
    dueMonth: z.string(),
    dueYear: z.string(),
    status: z.enum(oneOf(STATUSES), { error: 'Select a status' }),
    measure: z.string().trim().max(1000, 'Success measure must be 1000 characters or fewer'),
    resources: z.string().trim().max(1000, 'Resources or cost must be 1000 characters or fewer'),
    needsDecision: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.priority === '')
      ctx.addIssue({ code: 'custom', path: ['priority'], message: 'Select a priority' });
    if (v.priority === 'high' && v.owner.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['owner'],
        message: 'Enter an owner: a high-priority action needs someone responsible for it',
      });
    }
    const due = parseDateParts({ day: v.dueDay, month: v.dueMonth, year: v.dueYear }, DUE_LABEL);
    for (const issue of datePartIssues(due, DUE_NAMES)) ctx.addIssue(issue);
  });

export function toFormValues(action: PlanAction): ActionFormValues {
  const due = dateToParts(action.due);
  return {
    text: action.text,
    themeId: action.themeId,
    questionId: action.questionId ?? '',
    priority: action.priority,
    owner: action.owner,
    dueDay: due.day,
    dueMonth: due.month,
    dueYear: due.year,
    status: action.status,
    measure: action.measure,
    resources: action.resources,
    needsDecision: action.needsDecision,
  };
}

export function emptyFormValues(themeId: string): ActionFormValues {
  return {
    text: '',
    themeId,
    questionId: '',
    priority: '',
    owner: '',
    dueDay: '',
    dueMonth: '',
    dueYear: '',
    status: 'not-started',
    measure: '',
    resources: '',
    needsDecision: false,
  };
}

/** The saved action from valid form values; `id` and `origin` carry over from the action being changed. */
export function fromFormValues(
  v: ActionFormValues,
  keep: Pick<PlanAction, 'id' | 'origin'>,
): PlanAction {
  const due = parseDateParts({ day: v.dueDay, month: v.dueMonth, year: v.dueYear }, DUE_LABEL);
  return {
    id: keep.id,
    origin: keep.origin,
    text: v.text.trim(),
    themeId: v.themeId,
    questionId: v.questionId === '' ? null : v.questionId,
    priority: v.priority === '' ? 'medium' : v.priority,
    owner: v.owner.trim(),
    due: due.ok ? due.value : '',
    status: v.status,
    measure: v.measure.trim(),
    resources: v.resources.trim(),
    needsDecision: v.needsDecision,
  };
}
