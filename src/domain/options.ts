/**
 * Option lists and constants with their labels. Kept apart from the zod schemas so that pages that
 * only need labels do not load the validation library.
 */
export const AUTHORITY_TYPES = {
  county: 'County council',
  district: 'District council',
  unitary: 'Unitary authority',
  metropolitan: 'Metropolitan borough',
  london: 'London borough',
  welsh: 'Welsh principal council',
  other: 'Other',
} as const;
export const ROLES = {
  officer: 'Council officer',
  member: 'Elected member',
  vcs: 'Voluntary and community sector partner',
  'public-partner': 'Other public sector partner',
  other: 'Other',
} as const;
export const MARKINGS = {
  none: 'No marking',
  OFFICIAL: 'OFFICIAL',
  'OFFICIAL-SENSITIVE': 'OFFICIAL-SENSITIVE',
} as const;
export const PRIORITIES = { high: 'High', medium: 'Medium', low: 'Low' } as const;
export const STATUSES = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
} as const;

export type AuthorityType = keyof typeof AUTHORITY_TYPES;
export type Role = keyof typeof ROLES;
export type Marking = keyof typeof MARKINGS;
export type Priority = keyof typeof PRIORITIES;
export type ActionStatus = keyof typeof STATUSES;

export const ASSESSMENT_FORMAT = 'readiness-assessment';
/** Bump with a named migration in `migrations.ts` whenever the assessment shape changes. */
export const ASSESSMENT_FORMAT_VERSION = 2;
