import './zod-config';
import { z } from 'zod';
import { levelSchema } from './questionnaire-schema';

import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
  AUTHORITY_TYPES,
  MARKINGS,
  PRIORITIES,
  ROLES,
  STATUSES,
} from './options';

const keys = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'must be a real date',
  );
const questionId = z
  .string()
  .regex(/^[a-z0-9-]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a question id');
/**
 * Ids name records in storage and appear in addresses (#/a/<id>/tasks), so they are limited to
 * characters that need no escaping anywhere: "a/b", "a%20b" or "../.." could never be opened.
 */
export const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;
const recordId = z
  .string()
  .regex(SAFE_ID, 'must be 1 to 100 letters, digits, hyphens or underscores');
const themeId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a theme id');
const shortText = (max: number) => z.string().max(max, `must be ${max} characters or fewer`);

export const aboutSchema = z.strictObject({
  /** The council being assessed: what workshops group by and what the report is about. */
  organisation: z
    .string()
    .trim()
    .min(1, 'Enter the name of the council being assessed')
    .max(200, 'The council name must be 200 characters or fewer'),
  /** The respondent's own organisation, when it is not the council (a VCS partner, say); may be empty. */
  respondentOrganisation: z
    .string()
    .trim()
    .max(200, 'Your organisation must be 200 characters or fewer'),
  authorityType: z.enum(keys(AUTHORITY_TYPES), { error: 'Select the type of authority' }),
  role: z.enum(keys(ROLES), { error: 'Select your role' }),
  date: isoDate,
  marking: z.enum(keys(MARKINGS), { error: 'Select a protective marking' }),
});
export type About = z.infer<typeof aboutSchema>;

export const responseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('level'), level: levelSchema }),
  z.strictObject({ kind: z.literal('dont-know') }),
  z.strictObject({ kind: z.literal('not-applicable'), reason: shortText(2000) }),
]);
export type Response = z.infer<typeof responseSchema>;

export const answerSchema = z.strictObject({
  response: responseSchema.nullable().default(null),
  notes: shortText(10000).default(''),
  evidence: shortText(10000).default(''),
});
export type Answer = z.infer<typeof answerSchema>;

export const planActionSchema = z.strictObject({
  id: z.string().min(1).max(100),
  text: z.string().trim().min(1, 'Enter a description of the action').max(2000),
  themeId,
  questionId: questionId.nullable(),
  priority: z.enum(keys(PRIORITIES)),
  owner: shortText(200),
  due: z.union([isoDate, z.literal('')]),
  status: z.enum(keys(STATUSES)),
  measure: shortText(1000),
  /** Resources or cost the action needs, in the officer's words. */
  resources: shortText(1000),
  /** Whether the action needs a cabinet decision: such actions feed the cabinet paper's recommendations. */
  needsDecision: z.boolean(),
  /** Where the action came from: a suggestion in the bank ("<question id>#<action id>") or the user. */
  origin: z.string().max(200).nullable(),
});
export type PlanAction = z.infer<typeof planActionSchema>;

/** A snapshot of the assessment that a re-assessment was duplicated from, for "progress since last time". */
export const baselineSchema = z.strictObject({
  assessmentId: recordId,
  date: isoDate,
  answers: z.record(questionId, answerSchema),
  targets: z.record(themeId, levelSchema),
});
export type Baseline = z.infer<typeof baselineSchema>;

export const recommendationSchema = z.strictObject({
  id: z.string().min(1).max(100),
  text: z.string().trim().min(1, 'Enter the recommendation').max(2000),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

/** What the officer writes for the cabinet paper edition of the report. Empty text means "not written yet". */
export const cabinetSchema = z.strictObject({
  meeting: shortText(200),
  meetingDate: z.union([isoDate, z.literal('')]),
  portfolioHolder: shortText(200),
  keyDecision: z.enum(['yes', 'no', '']),
  wards: shortText(1000),
  purpose: shortText(2000),
  /** null until the officer edits them: the paper then drafts them from the priorities and critical gaps. */
  recommendations: z.array(recommendationSchema).max(20).nullable(),
  options: shortText(5000),
  implications: z.strictObject({
    financial: shortText(5000),
    legal: shortText(5000),
    equality: shortText(5000),
    risk: shortText(5000),
  }),
  contact: z.strictObject({
    name: shortText(200),
    jobTitle: shortText(200),
    details: shortText(200),
  }),
});
export type Cabinet = z.infer<typeof cabinetSchema>;

export const assessmentSchema = z.strictObject({
  format: z.literal(ASSESSMENT_FORMAT),
  formatVersion: z.literal(ASSESSMENT_FORMAT_VERSION),
  id: recordId,
  /** The assessment's own name ("Draft for CMT, March"); empty means it is known by its organisation and date. */
  name: shortText(120),
  questionnaire: z.strictObject({
    id: z.string().min(1, 'must not be empty'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  about: aboutSchema,
  answers: z.record(questionId, answerSchema),
  /** Targets the user set; themes not listed take the default of the scoring method. */
  targets: z.record(themeId, levelSchema),
  plan: z.array(planActionSchema).max(500),
  settings: z.strictObject({ hideOverall: z.boolean() }),
  baseline: baselineSchema.nullable(),
  cabinet: cabinetSchema,
});
export type Assessment = z.infer<typeof assessmentSchema>;
