import type { RestoredAssessment } from './assessment-file';
import { restoreAssessment } from './assessment-file';
import { BENCHMARK_FORMAT, restoreBenchmark, type BenchmarkFile } from './benchmark-file';
import type { Questionnaire } from './questionnaire-schema';
import type { Issue } from './result';
import { MAX_FILE_BYTES, parseUntrustedJson } from './safe-json';

/** A file chosen by the user; `text` is null when it was too large to read. */
export type IncomingFile = { name: string; size: number; text: string | null };

export type FileOutcome =
  | { kind: 'assessment'; name: string; restored: RestoredAssessment }
  | { kind: 'benchmark'; name: string; benchmark: BenchmarkFile }
  | { kind: 'error'; name: string; message: string };

const MAX_LISTED = 3;

/** The problems of one file in a sentence: the first few, then how many more. */
export function problemSentence(issues: readonly Issue[]): string {
  const shown = issues.slice(0, MAX_LISTED).map((i) => (i.path ? `${i.message} (at ${i.path})` : i.message));
  const more = issues.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more problem${more > 1 ? 's' : ''}` : ''}`;
}

/** Whether a file this size is refused before it is read. */
export const tooLargeToRead = (size: number) => size > MAX_FILE_BYTES;

export function tooLargeMessage(size: number): string {
  return `the file is too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB)`;
}

/** Read one chosen file as an assessment or a network benchmark: parse, then restore; never trust. */
export function readIncomingFile(file: IncomingFile, questionnaire: Questionnaire): FileOutcome {
  const error = (message: string): FileOutcome => ({ kind: 'error', name: file.name, message });
  if (file.text === null || tooLargeToRead(file.size)) return error(tooLargeMessage(file.size));
  const parsed = parseUntrustedJson(file.text);
  if (!parsed.ok) return error(problemSentence(parsed.issues));
  const v = parsed.value;
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && (v as Record<string, unknown>).format === BENCHMARK_FORMAT) {
    const b = restoreBenchmark(v, questionnaire);
    return b.ok ? { kind: 'benchmark', name: file.name, benchmark: b.value } : error(problemSentence(b.issues));
  }
  const a = restoreAssessment(v, questionnaire);
  return a.ok ? { kind: 'assessment', name: file.name, restored: a.value } : error(problemSentence(a.issues));
}

/** "<file>: <problem>", the line shown in the error summary and printed by the command line. */
export const errorLine = (o: Extract<FileOutcome, { kind: 'error' }>) => `${o.name}: ${o.message}`;

/** What a user should know about a file from another version of the question bank. */
export function bankVersionNote(r: RestoredAssessment): string | null {
  if (r.otherBankVersion === null && r.droppedQuestionIds.length === 0) return null;
  const made = r.otherBankVersion ? `made with question bank version ${r.otherBankVersion}` : 'has answers this question bank does not ask';
  if (r.droppedQuestionIds.length === 0) return `${made}; every answer was kept`;
  return `${made}; answers to questions this version does not have were left out: ${r.droppedQuestionIds.join(', ')}`;
}
