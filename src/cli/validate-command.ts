import { basename } from 'node:path';
import { assessmentSchema, type Assessment } from '../domain/assessment-schema';
import { restoreAssessment } from '../domain/assessment-file';
import { migrateAssessment } from '../domain/migrations';
import { ASSESSMENT_FORMAT } from '../domain/options';
import { restoreQuestionnaire } from '../domain/questionnaire-file';
import { QUESTIONNAIRE_FORMAT, type Questionnaire } from '../domain/questionnaire-schema';
import { describeIssues, type Issue, type Result } from '../domain/result';
import { formatPath, parseWith } from '../domain/safe-json';
import type { CommandSpec, Output } from './cli-io';
import { bankFileOf, EXIT, readBank, readJsonFile, reportIssues, runCommand } from './cli-io';
import { generateSchemas } from './schema-command';

export const VALIDATE_USAGE = 'usage: validate [--bank <question bank.json>] <file>...';

const SPEC: CommandSpec = {
  name: 'validate',
  usage: VALIDATE_USAGE,
  help: [
    'Checks question banks and assessment files; prints `ok <file>` or one line per problem.',
    'Assessment files are checked against the built-in question bank unless --bank is given.',
  ],
  values: ['--bank'],
  checkPositional: (files) => (files.length > 0 ? null : 'give at least one file'),
};

/**
 * Checks question banks and assessment files, telling them apart by their "format". Assessment
 * files are checked against a question bank (the built-in one unless --bank is given), which is
 * read only if an assessment file is met.
 */
export function validateCommand(args: string[], output?: Output): Promise<number> {
  return runCommand(SPEC, args, output, ({ positional, values }, io) => {
    let bank: Result<Questionnaire> | undefined;
    const loadBank = () => (bank ??= readBank(bankFileOf(values)));
    let exit: number = EXIT.ok;
    for (const file of positional) {
      const issues = validateFile(file, loadBank);
      if (issues.length === 0) io.out(`ok ${file}`);
      else exit = reportIssues(io, file, issues);
    }
    return exit;
  });
}

function validateFile(file: string, loadBank: () => Result<Questionnaire>): Issue[] {
  const json = readJsonFile(file);
  if (!json.ok) return json.issues;
  const value = json.value;
  const format =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>).format
      : undefined;
  if (format === QUESTIONNAIRE_FORMAT) {
    const result = restoreQuestionnaire(value);
    return result.ok ? [] : result.issues;
  }
  if (format === undefined && isJsonSchema(value)) return checkPublishedSchema(file, value);
  if (format === ASSESSMENT_FORMAT) {
    const bank = loadBank();
    if (!bank.ok) {
      return [
        {
          path: '',
          message: `cannot check it: the question bank is unusable (${describeIssues(bank.issues)})`,
        },
      ];
    }
    return validateAssessment(value, bank.value);
  }
  return [
    {
      path: typeof format === 'undefined' ? '' : 'format',
      message: `not a question bank or an assessment file (expected "format": "${QUESTIONNAIRE_FORMAT}" or "${ASSESSMENT_FORMAT}")`,
    },
  ];
}

function isJsonSchema(value: unknown): boolean {
  const $schema = (value as { $schema?: unknown } | null)?.$schema;
  return typeof $schema === 'string' && $schema.startsWith('https://json-schema.org/');
}

/**
 * questionnaires/ also holds the generated JSON Schemas, so `validate questionnaires/*.json` meets
 * them: one of ours is ok when it matches what the zod schemas generate now.
 */
function checkPublishedSchema(file: string, value: unknown): Issue[] {
  const ours = generateSchemas().find((s) => basename(s.file) === basename(file));
  if (!ours) {
    return [{ path: '', message: 'a JSON Schema, not a question bank or an assessment file' }];
  }
  if (JSON.stringify(value) === JSON.stringify(JSON.parse(ours.text))) return [];
  return [
    {
      path: '',
      message: `differs from the ${basename(ours.file)} generated from the zod schema; run \`npm run cli -- schema\``,
    },
  ];
}

function validateAssessment(value: unknown, bank: Questionnaire): Issue[] {
  const restored = restoreAssessment(value, bank);
  if (!restored.ok) return restored.issues;
  // restoreAssessment quietly fits the file to the bank; a validator must say what would be lost.
  const v = value as Record<string, unknown>;
  const migrated = migrateAssessment(v, v.formatVersion as number);
  const original = migrated.ok ? parseWith(assessmentSchema, migrated.value) : migrated;
  if (!original.ok) return original.issues;
  const made = restored.value.otherBankVersion;
  const where = `question bank "${bank.id}" ${bank.version}${made ? ` (the file was made with ${made})` : ''}`;
  return unknownReferences(original.value, bank).map(({ path, what, onImport }) => ({
    path: formatPath(path),
    message: `${what} not in ${where}; ${onImport}`,
  }));
}

type Reference = { path: (string | number)[]; what: string; onImport: string };
const DROPPED = 'it would be dropped on import';

function unknownReferences(a: Assessment, bank: Questionnaire): Reference[] {
  const questions = new Set(bank.themes.flatMap((t) => t.questions.map((q) => q.id)));
  const themes = new Set(bank.themes.map((t) => t.id));
  const found: Reference[] = [];
  /** Keys of `record` that are not among `known`: each one would be dropped on import. */
  const unknownKeys =
    (known: Set<string>, what: (id: string) => string) =>
    (prefix: string[], record: Record<string, unknown>) => {
      for (const id of Object.keys(record))
        if (!known.has(id))
          found.push({ path: [...prefix, id], what: what(id), onImport: DROPPED });
    };
  const answers = unknownKeys(questions, (id) => `answer to question "${id}", which is`);
  const targets = unknownKeys(themes, (id) => `target for theme "${id}", which is`);
  answers(['answers'], a.answers);
  targets(['targets'], a.targets);
  a.plan.forEach((p, i) => {
    if (!themes.has(p.themeId))
      found.push({
        path: ['plan', i, 'themeId'],
        what: `action for theme "${p.themeId}", which is`,
        onImport: DROPPED,
      });
    else if (p.questionId && !questions.has(p.questionId)) {
      found.push({
        path: ['plan', i, 'questionId'],
        what: `link to question "${p.questionId}", which is`,
        onImport: 'the link would be removed on import',
      });
    }
  });
  if (a.baseline) {
    answers(['baseline', 'answers'], a.baseline.answers);
    targets(['baseline', 'targets'], a.baseline.targets);
  }
  return found;
}
