import type { Assessment } from '../domain/assessment-schema';
import type { Workshop } from '../domain/workshop';
import { mergeLetters, type RandomInt } from '../domain/workshop-letters';
import { cryptoRandomInt } from './crypto-random';
import { same } from './merge-assessment';

/**
 * Three-way merge of two tabs' edits to one workshop: responses by assessment id (added, removed
 * or replaced on either side), the anonymous letters organisation by organisation (mergeLetters),
 * every other part from whichever side changed it; both changed the same part: this tab's wins
 * (the caller tells the user).
 */
export function mergeWorkshop(
  base: Workshop,
  theirs: Workshop,
  ours: Workshop,
  random: RandomInt = cryptoRandomInt,
): Workshop {
  const [b, t, o] = [base, theirs, ours].map((w) => w as unknown as Record<string, unknown>);
  const out = Object.fromEntries(
    Object.keys({ ...t, ...o }).flatMap((key) => {
      const value = same(o![key], b![key]) ? t![key] : o![key];
      return value === undefined ? [] : [[key, value]];
    }),
  );
  const byId = (list: Assessment[]) => new Map(list.map((a) => [a.id, a]));
  const [pb, pt, po] = [
    byId(base.participants),
    byId(theirs.participants),
    byId(ours.participants),
  ];
  const order = [
    ...ours.participants.map((a) => a.id),
    ...theirs.participants.map((a) => a.id).filter((id) => !po.has(id)),
  ];
  const participants = order.flatMap((id) => {
    const value = same(po.get(id), pb.get(id)) ? pt.get(id) : po.get(id);
    return value ? [value] : [];
  });
  return {
    ...(out as unknown as Workshop),
    participants,
    letters: mergeLetters(base.letters ?? {}, theirs.letters ?? {}, ours.letters ?? {}, random),
    updatedAt: theirs.updatedAt > ours.updatedAt ? theirs.updatedAt : ours.updatedAt,
  };
}

/** Two copies with no known common copy: every response either holds is kept (ours where both do). */
export function mergeWorkshopWithoutBase(
  theirs: Workshop,
  ours: Workshop,
  random: RandomInt = cryptoRandomInt,
): Workshop {
  const mine = new Set(ours.participants.map((a) => a.id));
  return {
    ...theirs,
    ...ours,
    participants: [...ours.participants, ...theirs.participants.filter((a) => !mine.has(a.id))],
    letters: mergeLetters({}, theirs.letters ?? {}, ours.letters ?? {}, random),
    updatedAt: theirs.updatedAt > ours.updatedAt ? theirs.updatedAt : ours.updatedAt,
  };
}
