import type { Assessment } from './assessment-schema';
import type { Role } from './options';

export const SHORT_ROLE: Record<Role, string> = {
  officer: 'Officer',
  member: 'Member',
  vcs: 'VCS partner',
  'public-partner': 'Public partner',
  other: 'Other',
};

const ROLE_ORDER: Role[] = ['officer', 'member', 'vcs', 'public-partner', 'other'];

/** A, B, … Z, AA, AB, … as spreadsheet columns are named. */
export function letterName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** FNV-1a: a fixed, cheap fingerprint of a name, so anonymous letters do not follow the alphabet. */
function fingerprint(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const orgKey = (organisation: string) => organisation.trim().replace(/\s+/g, ' ').toLowerCase();

export type ParticipantLabel = { id: string; orgKey: string; orgLabel: string; label: string };

/**
 * Labels for the respondents of a workshop. Anonymised, each organisation is "Council A",
 * "Council B"… in the order of a fingerprint of its name: the same set of files gives the same
 * letters whatever order they were imported in, and a letter does not reveal the alphabetical
 * order. When an organisation has several respondents, each is told apart by role and a number.
 */
export function participantLabels(
  assessments: readonly Assessment[],
  anonymise: boolean,
): ParticipantLabel[] {
  const orgs = new Map<string, string>();
  for (const a of assessments) {
    const k = orgKey(a.about.organisation);
    if (!orgs.has(k)) orgs.set(k, a.about.organisation.trim());
  }
  const ordered = [...orgs.keys()].sort(
    (x, y) => fingerprint(x) - fingerprint(y) || (x < y ? -1 : x > y ? 1 : 0),
  );
  const orgLabel = new Map(
    ordered.map((k, i) => [k, anonymise ? `Council ${letterName(i)}` : (orgs.get(k) as string)]),
  );

  const byOrg = new Map<string, Assessment[]>();
  for (const a of assessments) {
    const k = orgKey(a.about.organisation);
    byOrg.set(k, [...(byOrg.get(k) ?? []), a]);
  }
  const labels = new Map<string, ParticipantLabel>();
  for (const [k, list] of byOrg) {
    const base = orgLabel.get(k) as string;
    const sorted = [...list].sort(
      (a, b) =>
        ROLE_ORDER.indexOf(a.about.role) - ROLE_ORDER.indexOf(b.about.role) ||
        a.about.date.localeCompare(b.about.date) ||
        a.id.localeCompare(b.id),
    );
    const perRole = new Map<Role, number>();
    for (const a of sorted) perRole.set(a.about.role, (perRole.get(a.about.role) ?? 0) + 1);
    const seen = new Map<Role, number>();
    for (const a of sorted) {
      const i = (seen.get(a.about.role) ?? 0) + 1;
      seen.set(a.about.role, i);
      const role = SHORT_ROLE[a.about.role];
      const suffix =
        list.length === 1
          ? ''
          : (perRole.get(a.about.role) ?? 0) > 1
            ? `, ${role} ${i}`
            : `, ${role}`;
      labels.set(a.id, { id: a.id, orgKey: k, orgLabel: base, label: `${base}${suffix}` });
    }
  }
  return assessments.map((a) => labels.get(a.id) as ParticipantLabel);
}

const ROLE_NOUNS: Record<Role, [string, string]> = {
  officer: ['officer', 'officers'],
  member: ['elected member', 'elected members'],
  vcs: ['VCS partner', 'VCS partners'],
  'public-partner': ['public sector partner', 'public sector partners'],
  other: ['other', 'others'],
};

/** "3 officers", "1 VCS partner": a count of respondents in a role, for summaries. */
export const roleCount = (role: Role, n: number) => `${n} ${ROLE_NOUNS[role][n === 1 ? 0 : 1]}`;
