import type { Assessment } from '../../domain/assessment-schema';
import type { BenchmarkFile } from '../../domain/benchmark-file';
import type { DuplicateId } from '../../domain/workshop-duplicates';
import { bankVersionNote, type FileOutcome } from '../../domain/workshop-import-plan';

export type ImportSummary = {
  errors: string[];
  notes: string[];
  good: Assessment[];
};

/**
 * What the facilitator is told about chosen files. With names off a file is called by its place in
 * the choice ("file 3 of 30"): file names are usually the council's name, and this page may be on a
 * projector.
 */
export function summariseOutcomes(outcomes: readonly FileOutcome[], names: boolean): ImportSummary {
  const total = outcomes.length;
  const call = (o: FileOutcome, i: number) => (names ? o.name : `File ${i + 1} of ${total}`);
  const errors: string[] = [];
  const notes: string[] = [];
  const good: Assessment[] = [];
  outcomes.forEach((o, i) => {
    if (o.kind === 'error') errors.push(`${call(o, i)}: ${o.message}`);
    else if (o.kind === 'benchmark')
      errors.push(
        `${call(o, i)}: is a network benchmark file, not an assessment; add it under “Change since the last workshop”, or open it on the Import files page to compare a council with it`,
      );
    else {
      good.push(o.restored.assessment);
      const note = bankVersionNote(o.restored);
      if (note) notes.push(`${call(o, i)} was ${note}.`);
    }
  });
  return { errors, notes, good };
}

/** "Two copies of one response": which copy was kept, in words that name no file when names are off. */
export function duplicateNotes(
  duplicates: readonly DuplicateId[],
  outcomes: readonly FileOutcome[],
  names: boolean,
): string[] {
  const goodNames = outcomes.flatMap((o, i) =>
    o.kind === 'assessment' ? [names ? o.name : `file ${i + 1}`] : [],
  );
  const where = (s: number) => (s < 0 ? 'the copy already in the workshop' : (goodNames[s] ?? ''));
  return duplicates.map(
    (d) =>
      `${duplicates.length > 1 ? 'Copies' : 'Two copies'} of one response: ${where(d.kept)} was kept (the newest), and ${d.left.map(where).join(', ')} left out.`,
  );
}

/**
 * The one benchmark file chosen as "the previous workshop", or what is wrong with the choice. With
 * names off the file is not named (file names are often councils' names).
 */
export function previousFromOutcomes(
  outcomes: readonly FileOutcome[],
  names: boolean,
): { ok: true; benchmark: BenchmarkFile } | { ok: false; message: string } {
  const [only] = outcomes;
  if (outcomes.length !== 1 || !only)
    return { ok: false, message: `Choose one benchmark file (${outcomes.length} were chosen)` };
  const call = names ? only.name : 'The file';
  if (only.kind === 'error') return { ok: false, message: `${call}: ${only.message}` };
  if (only.kind === 'assessment')
    return {
      ok: false,
      message: `${call}: is an assessment file, not a network benchmark; add it under “Add more files”`,
    };
  return { ok: true, benchmark: only.benchmark };
}
