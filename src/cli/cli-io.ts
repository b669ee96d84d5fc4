import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { restoreAssessment, type RestoredAssessment } from '../domain/assessment-file';
import { readQuestionnaireText } from '../domain/questionnaire-file';
import type { Questionnaire } from '../domain/questionnaire-schema';
import { fail, type Issue, type Result } from '../domain/result';
import { MAX_FILE_BYTES, NOT_UTF8_MESSAGE, parseUntrustedJson } from '../domain/safe-json';

/** The question bank the app ships with; assessment files are checked against it unless --bank says otherwise. */
export const BUILT_IN_BANK = fileURLToPath(
  new URL('../../questionnaires/big-society-readiness.json', import.meta.url),
);

/**
 * Exit codes: 0 all good; 1 a file is invalid, unreadable or cannot be written; 2 the command line
 * itself is wrong (an unknown option, a missing file name, an output path that is refused).
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** The conventions every command keeps, as `--help` and the README state them. */
export const CONVENTIONS = [
  'exit codes: 0 all good, 1 a file is invalid, unreadable or cannot be written, 2 wrong command line',
  'messages: results go to stdout; every line on stderr starts with the command name,',
  '  `<command>: <file>: <json path>: <problem>` for a file, `<command>: <problem>` otherwise',
];

// Fatal: bytes that are not UTF-8 are refused, never read as replacement characters. It also
// drops a leading byte-order mark, which is legal in a UTF-8 file but not in JSON text.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read a file as text, checking its size first so a huge file is never loaded. */
export function readTextFile(file: string): Result<string> {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return fail({ path: '', message: 'is a directory, not a file' });
    if (!stat.isFile()) return fail({ path: '', message: 'is not a regular file' });
    size = stat.size;
  } catch (e) {
    return fail({ path: '', message: describeFsError(e) });
  }
  if (size > MAX_FILE_BYTES) {
    return fail({
      path: '',
      message: `the file is too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB)`,
    });
  }
  let text: string;
  try {
    // Node's own UTF-8 read is the quickest (a workshop folder has thousands of files), but it
    // turns every byte sequence that is not UTF-8 into U+FFFD. So text without U+FFFD came from
    // UTF-8 bytes, and only text with one (a real U+FFFD, or bad bytes) is read again strictly.
    text = readFileSync(file, 'utf8');
    if (text.includes('\uFFFD')) return strictRead(file);
  } catch (e) {
    return fail({ path: '', message: describeFsError(e) });
  }
  return { ok: true, value: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function strictRead(file: string): Result<string> {
  const bytes = readFileSync(file);
  try {
    return { ok: true, value: utf8.decode(bytes) };
  } catch {
    return fail({ path: '', message: NOT_UTF8_MESSAGE });
  }
}

/** Read and parse an untrusted JSON file: size, depth and forbidden keys are checked by the domain. */
export function readJsonFile(file: string): Result<unknown> {
  const text = readTextFile(file);
  return text.ok ? parseUntrustedJson(text.value) : text;
}

/** The question bank file a command uses: `--bank <file>`, or the built-in one. */
export const bankFileOf = (values: ReadonlyMap<string, string>): string =>
  values.get('--bank') ?? BUILT_IN_BANK;

export function readBank(file: string): Result<Questionnaire> {
  const text = readTextFile(file);
  return text.ok ? readQuestionnaireText(text.value) : text;
}

function describeFsError(e: unknown): string {
  const code =
    typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot read the file (${oneLine(e instanceof Error ? e.message : String(e))})`;
}

/** Whatever ends up in a message (file names, quoted values) must not break the one-line-per-problem rule. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

/** `<file>: <json path>: <problem>`, or `<file>: <problem>` when the problem is the whole file. */
export function issueLine(file: string, issue: Issue): string {
  return oneLine(
    issue.path ? `${file}: ${issue.path}: ${issue.message}` : `${file}: ${issue.message}`,
  );
}

export type Output = { out: (line: string) => void; err: (line: string) => void };

/** The names a stderr line can start with: a command's, or `cli` for the dispatcher itself. */
export type CommandName = 'validate' | 'score' | 'report' | 'aggregate' | 'schema' | 'cli';

/** The output a command writes through: each stderr line gets the command's prefix, once, here. */
export function commandOutput(command: CommandName, io: Output): Output {
  return { out: io.out, err: (line) => io.err(oneLine(`${command}: ${line}`)) };
}

/**
 * An assessment file restored against the question bank it is checked with, or the exit code
 * after each problem was reported: score and report read their input the same way.
 */
export function readAssessmentFile(
  io: Output,
  file: string,
  bankFile: string,
): { bank: Questionnaire; restored: RestoredAssessment } | number {
  const json = readJsonFile(file);
  if (!json.ok) return reportIssues(io, file, json.issues);
  const bank = readBank(bankFile);
  if (!bank.ok) return reportIssues(io, bankFile, bank.issues);
  const restored = restoreAssessment(json.value, bank.value);
  if (!restored.ok) return reportIssues(io, file, restored.issues);
  return { bank: bank.value, restored: restored.value };
}

/** Each problem of a file on its own line (`<file>: <json path>: <problem>`); exit code 1. */
export function reportIssues(io: Output, file: string, issues: readonly Issue[]): number {
  for (const issue of issues) io.err(issueLine(file, issue));
  return EXIT.invalid;
}

export type ParsedArgs = { positional: string[]; flags: Set<string>; values: Map<string, string> };

export type CommandSpec = {
  name: Exclude<CommandName, 'cli'>;
  /** `usage: <command> ...`: the first line of `--help`, and repeated after a command-line error. */
  usage: string;
  /** What `--help` says after the usage line. */
  help: readonly string[];
  flags?: string[];
  values?: string[];
  /** What is wrong with the file names given, or null when they are right. */
  checkPositional: (positional: readonly string[]) => string | null;
};

/**
 * Runs a command the way every command runs: `--help` prints the usage and help on stdout (exit
 * 0); a wrong command line prints the problem and the usage on stderr (exit 2); otherwise `body`
 * runs with the parsed arguments and an output whose stderr lines carry the command's prefix.
 */
export async function runCommand(
  spec: CommandSpec,
  args: readonly string[],
  base: Output = consoleOutput,
  body: (args: ParsedArgs, io: Output) => number | Promise<number>,
): Promise<number> {
  const ownArgs = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (ownArgs.includes('--help') || ownArgs.includes('-h')) {
    for (const line of [spec.usage, ...spec.help, '', ...CONVENTIONS]) base.out(line);
    return EXIT.ok;
  }
  const io = commandOutput(spec.name, base);
  const parsed = parseArgs([...args], spec);
  const problem = parsed.ok
    ? spec.checkPositional(parsed.value.positional)
    : (parsed.issues[0]?.message ?? 'bad arguments');
  if (!parsed.ok || problem !== null) return usageError(io, problem ?? 'bad arguments', spec.usage);
  return body(parsed.value, io);
}

/** A wrong command line: the problem, then the usage, on stderr; exit code 2. */
export function usageError(io: Output, problem: string, usage: string): number {
  io.err(problem);
  io.err(usage);
  return EXIT.usage;
}

/**
 * Characters a terminal acts on rather than shows: C0 controls but tab and line feed, DEL, the C1
 * controls (U+009B starts an escape sequence on many terminals) and the bidirectional controls
 * that make text display in another order than it is (U+202E). Names, notes and file names come
 * from users, so every line the command line prints passes through here.
 */
const TERMINAL_UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The line with each unsafe character written as a visible `\uXXXX` (which is also valid in JSON text). */
export function terminalSafe(line: string): string {
  return line.replace(
    TERMINAL_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${terminalSafe(line)}\n`),
  err: (line) => process.stderr.write(`${terminalSafe(line)}\n`),
};

/** Split `--name value` options from positional arguments; unknown options are reported, not ignored. */
export function parseArgs(
  args: string[],
  spec: { flags?: string[]; values?: string[] },
): Result<ParsedArgs> {
  const positional: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
      if (spec.flags?.includes(name) && inline === undefined) flags.add(name);
      else if (spec.values?.includes(name)) {
        const value = inline ?? args[i + 1];
        if (value === undefined || value === '')
          return fail({ path: '', message: `${name} needs a value` });
        values.set(name, value);
        if (inline === undefined) i += 1;
      } else return fail({ path: '', message: `unknown option ${oneLine(name)}` });
    } else positional.push(arg);
  }
  return { ok: true, value: { positional, flags, values } };
}
