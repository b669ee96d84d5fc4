import { startTransition, useEffect, useMemo, useState } from 'react';
import { aggregate, type WorkshopAggregate } from '../../domain/aggregate';
import type { Assessment } from '../../domain/assessment-schema';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import type { Workshop } from '../../domain/workshop';
import { likelyDuplicates } from '../../domain/workshop-duplicates';

/** A workshop's figures, and the responses that look like one respondent's answers sent twice. */
export type Figures = { agg: WorkshopAggregate; suspects: number[][] };

/**
 * From this many responses the figures are worked out after the page has painted, one step per
 * task (the figures, then the likely duplicates), so that no single task holds up a frame for long;
 * a smaller workshop is worked out at once, as the page is drawn.
 */
export const LARGE_WORKSHOP = 200;

type AggInputs = Pick<Workshop, 'participants' | 'anonymise' | 'letters' | 'merges' | 'countBy'>;

// The last figures worked out, kept by what they depend on: a render that React throws away, or a
// change that leaves the responses and settings alone (a previous workshop's file, the name), must
// not work them out again: for 2,000 responses that takes a tenth of a second or more.
let lastAgg: { bank: Questionnaire; inputs: AggInputs; agg: WorkshopAggregate } | null = null;
const suspectsCache = new WeakMap<readonly Assessment[], number[][]>();

const sameInputs = (a: AggInputs, b: AggInputs) =>
  a.participants === b.participants &&
  a.anonymise === b.anonymise &&
  a.letters === b.letters &&
  a.merges === b.merges &&
  a.countBy === b.countBy;

function cachedAgg(bank: Questionnaire, w: AggInputs): WorkshopAggregate | null {
  return lastAgg && lastAgg.bank === bank && sameInputs(lastAgg.inputs, w) ? lastAgg.agg : null;
}

/** The workshop's figures, as the command line works them out for the same files and settings. */
export function aggregateOf(bank: Questionnaire, w: AggInputs): WorkshopAggregate {
  const hit = cachedAgg(bank, w);
  if (hit) return hit;
  const agg = aggregate(bank, w.participants, {
    anonymise: w.anonymise,
    letters: w.letters ?? {},
    merges: w.merges ?? {},
    countBy: w.countBy ?? 'council',
  });
  lastAgg = { bank, inputs: w, agg };
  return agg;
}

function suspectsOf(list: readonly Assessment[]): number[][] {
  let found = suspectsCache.get(list);
  if (!found) {
    found = likelyDuplicates(list);
    suspectsCache.set(list, found);
  }
  return found;
}

/** The figures if they can be had now: a small workshop, or figures already worked out. */
function figuresNow(bank: Questionnaire, w: Workshop): Figures | null {
  const agg = w.participants.length < LARGE_WORKSHOP ? aggregateOf(bank, w) : cachedAgg(bank, w);
  const suspects = suspectsCache.get(w.participants);
  return agg && (suspects || w.participants.length < LARGE_WORKSHOP)
    ? { agg, suspects: suspectsOf(w.participants) }
    : null;
}

// Whoever waits for a workshop's figures to be on the page (its saving): resolved once they are.
const drawnWaiters = new Map<Workshop, (() => void)[]>();

/** Resolves once the figures of this state of the workshop are on the page. */
export function figuresDrawn(w: Workshop): Promise<void> {
  return new Promise((resolve) => drawnWaiters.set(w, [...(drawnWaiters.get(w) ?? []), resolve]));
}

/** Stop waiting for a workshop state's figures (it was given up on, or superseded). */
export function forgetDrawn(w: Workshop): void {
  drawnWaiters.delete(w);
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The figures of the workshop on the page. For a large workshop they follow it a moment later:
 * meanwhile the figures of its previous state stay on the page (null when there were none).
 */
export function useFigures(bank: Questionnaire, workshop: Workshop | null): Figures | null {
  const now = useMemo(() => (workshop ? figuresNow(bank, workshop) : null), [bank, workshop]);
  const [later, setLater] = useState<{ of: Workshop; figures: Figures } | null>(null);
  useEffect(() => {
    if (!workshop || now) return;
    let live = true;
    void (async () => {
      // Each step is a task of its own, after the page has painted what it has.
      await nextTask();
      if (!live) return;
      const agg = aggregateOf(bank, workshop);
      await nextTask();
      if (!live) return;
      const suspects = suspectsOf(workshop.participants);
      startTransition(() => setLater({ of: workshop, figures: { agg, suspects } }));
    })();
    return () => {
      live = false;
    };
  }, [bank, workshop, now]);
  // Remember the figures shown, so that a large workshop's next state keeps them until its own come.
  useEffect(() => {
    if (now && workshop) setLater((l) => (l?.figures === now ? l : { of: workshop, figures: now }));
  }, [now, workshop]);
  // Never another workshop's figures (the page can be reused for another workshop).
  const figures = now ?? (later && later.of.id === workshop?.id ? later.figures : null);
  const drawn = now ? workshop : later?.of;
  useEffect(() => {
    if (!drawn) return;
    for (const resolve of drawnWaiters.get(drawn) ?? []) resolve();
    drawnWaiters.delete(drawn);
  }, [drawn]);
  return figures;
}
