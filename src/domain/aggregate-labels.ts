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
