import type { CountBy } from './aggregate-stats';
import type { Assessment } from './assessment-schema';
import type { BenchmarkFile } from './benchmark-file';
import { dedupeAssessments, type DuplicateId } from './workshop-duplicates';
import { assignLetters, orgKeyOf, type RandomInt } from './workshop-letters';

/** A learning-network workshop: the facilitator's gathered assessment files, kept on this device. */
export type Workshop = {
  id: string;
  name: string;
  /** YYYY-MM-DD */
  date: string;
  createdAt: string;
  updatedAt: string;
  /** On by default: displays and exports show "Council A", "Council B"… instead of names. */
  anonymise: boolean;
  participants: Assessment[];
  /**
   * The anonymous letter of each organisation (by organisation key), drawn at random when it first
   * joins this workshop, so that no one can work a letter out from the names. Records saved before
   * letters existed have none; they are drawn when the workshop is next opened.
   */
  letters?: Record<string, string>;
  /** Organisation keys that the facilitator merged into another (key → the key it counts as). */
  merges?: Record<string, string>;
  /** Network figures count each council once unless the facilitator chooses per-response figures. */
  countBy?: CountBy;
  /** A previous workshop's benchmark file, for "change since the last workshop". */
  previous?: BenchmarkFile | null;
};

export type WorkshopDetails = { name: string; date: string };
export type WorkshopDetailErrors = Partial<Record<keyof WorkshopDetails, string>>;

/** A calendar date written YYYY-MM-DD that exists (no month 13, no 30 February). */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(2000, mo, 0)).getUTCDate();
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 ? (leap ? 29 : 28) : days);
}

/** Field errors in the words the GOV.UK pattern uses; an empty object means the details are valid. */
export function validateWorkshopDetails(d: WorkshopDetails): WorkshopDetailErrors {
  const errors: WorkshopDetailErrors = {};
  const name = d.name.trim();
  if (name === '') errors.name = 'Enter a name for the workshop';
  else if (name.length > 200) errors.name = 'Workshop name must be 200 characters or fewer';
  if (d.date.trim() === '') errors.date = 'Enter the date of the workshop';
  else if (!isRealDate(d.date.trim())) errors.date = 'Date of the workshop must be a real date';
  return errors;
}

export function newWorkshop(details: WorkshopDetails, id: string, now: Date): Workshop {
  const stamp = now.toISOString();
  return {
    id,
    name: details.name.trim(),
    date: details.date.trim(),
    createdAt: stamp,
    updatedAt: stamp,
    anonymise: true,
    participants: [],
    letters: {},
    merges: {},
    countBy: 'council',
    previous: null,
  };
}

/** Give every organisation of the workshop a letter, drawing new ones at random; unchanged if none is missing. */
export function withLetters(w: Workshop, random: RandomInt): Workshop {
  const letters = w.letters ?? {};
  const keys = w.participants.map((a) => orgKeyOf(a.about.organisation));
  const next = assignLetters(letters, keys, random);
  return next === letters && w.letters ? w : { ...w, letters: next };
}

/**
 * Add assessments to a workshop. Two copies of one assessment id (already in the workshop or within
 * the files) are one response: the copy with the newest `updatedAt` is kept, as the command line
 * does, and both are reported. New organisations are given random letters.
 */
export function addParticipants(
  w: Workshop,
  incoming: readonly Assessment[],
  now: Date,
  random: RandomInt,
): { workshop: Workshop; added: number; replaced: number; duplicates: DuplicateId[] } {
  const before = new Set(w.participants.map((a) => a.id));
  const { kept, duplicates } = dedupeAssessments([
    ...w.participants.map((a) => ({ source: -1, assessment: a })),
    ...incoming.map((a, i) => ({ source: i, assessment: a })),
  ]);
  const incomingIds = new Set(incoming.map((a) => a.id));
  const replaced = kept.filter(
    (k) => before.has(k.assessment.id) && k.source >= 0 && incomingIds.has(k.assessment.id),
  ).length;
  const added = kept.filter((k) => !before.has(k.assessment.id)).length;
  const participants = kept.map((k) => k.assessment);
  const workshop = withLetters({ ...w, participants, updatedAt: now.toISOString() }, random);
  return { workshop, added, replaced, duplicates };
}

/** Count organisation `from` as part of organisation `into` (both organisation keys); undone by `unmerge`. */
export function mergeOrganisations(w: Workshop, from: string, into: string, now: Date): Workshop {
  const merges = { ...(w.merges ?? {}) };
  const target = canonicalKey(merges, into);
  if (target === from) return w;
  merges[from] = target;
  // Whatever was merged into `from` now follows it into `target`.
  for (const [k, v] of Object.entries(merges)) if (v === from) merges[k] = target;
  return { ...w, merges, updatedAt: now.toISOString() };
}

export function unmerge(w: Workshop, key: string, now: Date): Workshop {
  const merges = Object.fromEntries(Object.entries(w.merges ?? {}).filter(([k]) => k !== key));
  return { ...w, merges, updatedAt: now.toISOString() };
}

/** The organisation key an organisation counts as, after the facilitator's merges. */
export function canonicalKey(merges: Readonly<Record<string, string>>, key: string): string {
  let k = key;
  for (let i = 0; i < 50 && Object.hasOwn(merges, k); i += 1) k = merges[k] as string;
  return k;
}
