import { restoreAssessment } from './assessment-file';
import { restoreBenchmark } from './benchmark-file';
import { BENCHMARK_FORMAT } from './benchmark-file-build';
import { ANSWERS_CSV_HEADER } from './csv';
import type { Questionnaire } from './questionnaire-schema';
import { NOT_UTF8_MESSAGE, parseUntrustedJson } from './safe-json';
import {
  problemSentence,
  tooLargeMessage,
  tooLargeToRead,
  type FileOutcome,
  type IncomingFile,
} from './workshop-import-plan';

/** Read one chosen file as an assessment or a network benchmark: parse, then restore; never trust. */
export function readIncomingFile(file: IncomingFile, questionnaire: Questionnaire): FileOutcome {
  const error = (message: string): FileOutcome => ({ kind: 'error', name: file.name, message });
  if (tooLargeToRead(file.size)) return error(tooLargeMessage(file.size));
  if (file.notUtf8) return error(NOT_UTF8_MESSAGE);
  if (file.text === null)
    return error('the file could not be read (it may have been moved or deleted)');
  const csv = csvProblem(file);
  if (csv) return error(csv);
  const parsed = parseUntrustedJson(file.text);
  if (!parsed.ok) return error(problemSentence(parsed.issues));
  const v = parsed.value;
  if (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    (v as Record<string, unknown>).format === BENCHMARK_FORMAT
  ) {
    const b = restoreBenchmark(v, questionnaire);
    return b.ok
      ? { kind: 'benchmark', name: file.name, benchmark: b.value }
      : error(problemSentence(b.issues));
  }
  const a = restoreAssessment(v, questionnaire);
  return a.ok
    ? { kind: 'assessment', name: file.name, restored: a.value }
    : error(problemSentence(a.issues));
}

/** The start of the answers CSV that the export page writes beside the .json file. */
const CSV_EXPORT_START = ANSWERS_CSV_HEADER.slice(0, 3).join(',');

/**
 * A spreadsheet file chosen by mistake, most often the CSV export saved beside the .json file:
 * say so in the user's terms rather than as a JSON syntax error.
 */
function csvProblem(file: IncomingFile): string | null {
  const text = (file.text ?? '').trimStart();
  if (text.startsWith(CSV_EXPORT_START))
    return 'this is the CSV export of an assessment, which is for spreadsheets and cannot be imported; choose the .json file exported with it';
  if (file.name.toLowerCase().endsWith('.csv') && !text.startsWith('{'))
    return 'this is a CSV file, which cannot be imported; choose an assessment’s .json file';
  return null;
}
