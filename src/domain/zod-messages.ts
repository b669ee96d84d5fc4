/**
 * Plain words for any zod rule that does not give its own message, so no raw zod text ("Invalid
 * option: expected one of ...") can reach a user: `formMessage` for the forms (GOV.UK style, whole
 * sentences; set as zod's global error map in zod-config.ts) and `fileMessage` for the problems
 * named in an imported file (a phrase read after its place in the file: "about.role is missing").
 * No zod import here, so modules that must stay free of zod (safe-json) can use it.
 */

type Issue = {
  code?: string;
  input?: unknown;
  expected?: unknown;
  values?: readonly unknown[];
  /** A discriminated union's accepted values. */
  options?: readonly unknown[];
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

const typeWord = (expected: unknown) => TYPE_WORDS[String(expected)] ?? 'a value';
const list = (values: readonly unknown[] | undefined) =>
  (values ?? []).map((v) => JSON.stringify(v)).join(', ');

/** The fallback message of a form field whose schema does not give one. */
export function formMessage(issue: Issue): string {
  const text = issue.origin === 'string';
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value':
    case 'invalid_union':
      return issue.input === undefined || issue.input === null || issue.input === ''
        ? 'Select or enter an answer'
        : 'Select one of the options';
    case 'too_small':
      return text ? 'Enter an answer' : `Enter a number that is ${String(issue.minimum)} or more`;
    case 'too_big':
      return text
        ? `Enter ${String(issue.maximum)} characters or fewer`
        : `Enter a number that is ${String(issue.maximum)} or less`;
    case 'invalid_format':
      return 'Enter the answer in the format shown';
    default:
      return 'Check this answer';
  }
}

/** The fallback wording of a problem in an imported file, read after its place in the file. */
export function fileMessage(issue: Issue): string {
  const where = issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing (it should be ${typeWord(issue.expected)})`
        : `should be ${typeWord(issue.expected)}`;
    case 'invalid_value':
      return `should be one of ${list(issue.values)}`;
    case 'invalid_union':
      return issue.options?.length
        ? `should be one of ${list(issue.options)}`
        : 'is not in any of the forms this tool reads';
    case 'too_small':
      return where
        ? `should have at least ${String(issue.minimum)} ${where}`
        : `should be ${String(issue.minimum)} or more`;
    case 'too_big':
      return where
        ? `should have at most ${String(issue.maximum)} ${where}`
        : `should be ${String(issue.maximum)} or less`;
    case 'invalid_format':
      return `is not in the expected format${issue.format ? ` (${issue.format})` : ''}`;
    case 'not_multiple_of':
      return 'should be a whole number';
    default:
      return 'is not valid';
  }
}
