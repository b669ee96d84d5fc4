import { type Participant, type WorkshopAggregate } from './aggregate';
import { SHORT_ROLE } from './aggregate-labels';
import {
  groupStats,
  MIN_GROUP,
  positionAgainst,
  type GroupStats,
  type Position,
} from './aggregate-stats';

export type ThemeComparison = {
  themeId: string;
  title: string;
  score: number | null;
  others: GroupStats;
  position: Position | null;
};

/**
 * One council against the other councils, each counted once (its own median), whatever the
 * workshop's counting choice: a council that sent ten respondents does not outweigh one that sent one.
 */
export function compareCouncilWithRest(
  agg: WorkshopAggregate,
  councilIndex: number,
): ThemeComparison[] | null {
  const me = agg.councils[councilIndex];
  if (!me) return null;
  const others = agg.councils.filter((_, i) => i !== councilIndex);
  return agg.themes.map((t) => {
    const score = me.themes.find((x) => x.themeId === t.themeId)?.score ?? null;
    const values = others.flatMap(
      (o) => o.themes.find((x) => x.themeId === t.themeId)?.score ?? [],
    );
    const group = groupStats(values, others.length);
    return {
      themeId: t.themeId,
      title: t.title,
      score,
      others: group,
      position: score !== null && group.stats ? positionAgainst(score, group.stats) : null,
    };
  });
}

/**
 * Whether single responses may be shown: with names on, or when every council shown has at least
 * three responses (then a response cannot be told from its council's others).
 */
export const responseDetailAllowed = (agg: WorkshopAggregate) =>
  !agg.anonymise || agg.councils.every((c) => c.respondents >= MIN_GROUP);

export type ResponseRow = {
  participant: Participant;
  /** "Thornbury Vale District Council, Officer 2" with names on; "Council C, response 2" otherwise. */
  label: string;
  /** Only with names on: with names off a lone role in a council would single its respondent out. */
  role: string | null;
};

/** The responses that may be shown one by one, labelled by the rules above; empty when none may. */
export function responseRows(agg: WorkshopAggregate): ResponseRow[] {
  if (!responseDetailAllowed(agg)) return [];
  const rows: ResponseRow[] = [];
  for (const c of agg.councils) {
    const mine = agg.participants
      .filter((p) => p.orgKey === c.key)
      .sort((a, b) =>
        agg.anonymise
          ? (a.overall ?? -1) - (b.overall ?? -1) || a.index - b.index
          : a.role.localeCompare(b.role) || a.index - b.index,
      );
    const perRole = new Map<string, number>();
    for (const p of mine) perRole.set(p.role, (perRole.get(p.role) ?? 0) + 1);
    const seen = new Map<string, number>();
    mine.forEach((p, i) => {
      if (agg.anonymise) {
        rows.push({ participant: p, label: `${c.label}, response ${i + 1}`, role: null });
        return;
      }
      const k = (seen.get(p.role) ?? 0) + 1;
      seen.set(p.role, k);
      const role = SHORT_ROLE[p.role];
      const suffix =
        mine.length === 1 ? '' : (perRole.get(p.role) ?? 0) > 1 ? `, ${role} ${k}` : `, ${role}`;
      rows.push({ participant: p, label: `${c.label}${suffix}`, role });
    });
  }
  return rows;
}

/** One response against every other response (only where single responses may be shown). */
export function compareResponseWithRest(
  agg: WorkshopAggregate,
  participantIndex: number,
): ThemeComparison[] | null {
  if (!responseDetailAllowed(agg)) return null;
  const me = agg.participants.find((p) => p.index === participantIndex);
  if (!me) return null;
  const rest = agg.participants.filter((p) => p !== me);
  return me.result.themes.map((t) => {
    const values = rest.flatMap(
      (p) => p.result.themes.find((x) => x.themeId === t.themeId)?.score ?? [],
    );
    const others = groupStats(values, rest.length);
    return {
      themeId: t.themeId,
      title: t.title,
      score: t.score,
      others,
      position: t.score !== null && others.stats ? positionAgainst(t.score, others.stats) : null,
    };
  });
}
