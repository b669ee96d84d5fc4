import type { Role } from './options';

export const SHORT_ROLE: Record<Role, string> = {
  officer: 'Officer',
  member: 'Member',
  vcs: 'VCS partner',
  'public-partner': 'Public partner',
  other: 'Other',
};

const ROLE_NOUNS: Record<Role, [string, string]> = {
  officer: ['officer', 'officers'],
  member: ['elected member', 'elected members'],
  vcs: ['VCS partner', 'VCS partners'],
  'public-partner': ['public sector partner', 'public sector partners'],
  other: ['other', 'others'],
};

/** "3 officers", "1 VCS partner": a count of respondents in a role, for summaries. */
export const roleCount = (role: Role, n: number) => `${n} ${ROLE_NOUNS[role][n === 1 ? 0 : 1]}`;

/**
 * The order of council names and file names: as `a.localeCompare(b, 'en-GB', { numeric: true })`,
 * so "file 2" comes before "file 10", but with one collator made once: localeCompare with options
 * makes one for every comparison (sorting a folder of 10,000 file names took 136 ms, not 3 ms).
 */
export const compareNames = new Intl.Collator('en-GB', { numeric: true }).compare;
