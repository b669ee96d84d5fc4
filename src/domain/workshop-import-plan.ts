import type { RestoredAssessment } from './assessment-file';
import type { Assessment } from './assessment-schema';
import type { BenchmarkFile } from './benchmark-file';
import type { Issue } from './result';

/**
 * The zod-free half of importing files: outcome types, messages and the import plan. Pages import
 * this statically; the validating half (workshop-import.ts) is loaded when files are read.
 */

/** A file chosen by the user; `text` is null when it was too large to read or could not be read. */
/** `text` is null when the file could not be read; `notUtf8` when its bytes are not UTF-8. */
export type IncomingFile = { name: string; size: number; text: string | null; notUtf8?: true };

export type FileOutcome =
  | { kind: 'assessment'; name: string; restored: RestoredAssessment }
  | { kind: 'benchmark'; name: string; benchmark: BenchmarkFile }
  | { kind: 'error'; name: string; message: string };

const MAX_LISTED = 3;
/** Paths whose messages already say what is wrong in the user's terms. */
const SELF_EXPLAINED = new Set(['format', 'formatVersion', 'questionnaire.id']);
/** Same limit as safe-json's MAX_FILE_BYTES, repeated here so this module stays free of zod. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The problems of one file in a sentence: the first few, then how many more. */
export function problemSentence(issues: readonly Issue[]): string {
  const shown = issues
    .slice(0, MAX_LISTED)
    .map((i) =>
      i.path && !SELF_EXPLAINED.has(i.path) ? `${i.message} (at ${i.path})` : i.message,
    );
  const more = issues.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more problem${more > 1 ? 's' : ''}` : ''}`;
}

/** Whether a file this size is refused before it is read. */
export const tooLargeToRead = (size: number) => size > MAX_IMPORT_BYTES;

export function tooLargeMessage(size: number): string {
  return `the file is too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB)`;
}

/** "<file>: <problem>", the line shown in the error summary and printed by the command line. */
export const errorLine = (o: Extract<FileOutcome, { kind: 'error' }>) => `${o.name}: ${o.message}`;

/** What a user should know about a file from another version of the question bank. */
export function bankVersionNote(r: RestoredAssessment): string | null {
  if (r.otherBankVersion === null && r.droppedQuestionIds.length === 0) return null;
  const made = r.otherBankVersion
    ? `made with question bank version ${r.otherBankVersion}`
    : 'has answers this question bank does not ask';
  const kept =
    r.droppedQuestionIds.length === 0
      ? `${made}; every answer was kept`
      : `${made}; answers to questions this version does not have were left out: ${r.droppedQuestionIds.join(', ')}`;
  const n = r.toAnswer.length;
  if (n === 0) return kept;
  return `${kept}; ${n} question${n === 1 ? ' is' : 's are'} new since then and not yet answered`;
}

export type ImportItem = {
  name: string;
  restored: RestoredAssessment;
  /** 'new': no saved assessment has its id; 'identical': the very same is saved; 'conflict': a different one is. */
  status: 'new' | 'identical' | 'conflict';
};

/** Deep equality of JSON values (what assessments are), key order ignored. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) &&
      sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * What importing these files into the library would do. Importing the same file twice must not
 * silently duplicate or overwrite: an identical saved copy is skipped, and a different assessment
 * with the same id waits for the user to choose "replace" or "keep both".
 */
export function planImport(
  outcomes: readonly FileOutcome[],
  saved: Readonly<Record<string, unknown>>,
): ImportItem[] {
  const items: ImportItem[] = [];
  const inBatch = new Set<string>();
  for (const o of outcomes) {
    if (o.kind !== 'assessment') continue;
    const a = o.restored.assessment;
    const existing = Object.hasOwn(saved, a.id) ? saved[a.id] : undefined;
    const status =
      existing === undefined
        ? inBatch.has(a.id)
          ? 'conflict'
          : 'new'
        : sameJson(existing, a)
          ? 'identical'
          : 'conflict';
    inBatch.add(a.id);
    items.push({ name: o.name, restored: o.restored, status });
  }
  return items;
}

export type ConflictChoice = 'replace' | 'keep-both';

/** The assessments to add once the user has chosen; "keep both" gives the imported copy a new id. */
export function resolveImport(
  items: readonly ImportItem[],
  choices: Readonly<Record<number, ConflictChoice>>,
  newId: () => string,
): Assessment[] {
  return items.flatMap((item, i) => {
    const a = item.restored.assessment;
    if (item.status === 'identical') return [];
    if (item.status === 'conflict' && (choices[i] ?? 'keep-both') === 'keep-both')
      return [{ ...a, id: newId() }];
    return [a];
  });
}
