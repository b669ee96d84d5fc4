// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAssessmentText } from '../../src/domain/assessment-file';
import { ASSESSMENT_FORMAT_VERSION } from '../../src/domain/options';
import { readQuestionnaireText } from '../../src/domain/questionnaire-file';
import { scoreAssessment, scoreSummary } from '../../src/domain/scoring';

// The CLI runs as users run it (`tsx src/cli/main.ts`), in a child process. tsx's own binary is
// used instead of `npx tsx` only to keep npm's notices out of stderr.
const ROOT = new URL('../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');

type Run = { code: number | null; stdout: string; stderr: string; lines: string[] };

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['src/cli/main.ts', ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr, lines: stderr.split('\n').filter(Boolean) });
      },
    );
  });
}

const BANK = 'tests/fixtures/questionnaires/small-bank.json';
const A = (name: string) => `tests/fixtures/assessments/${name}`;
const Q = (name: string) => `tests/fixtures/questionnaires/${name}`;
// Each test starts Node and tsx; on a busy machine that takes seconds, not milliseconds.
const SLOW = { timeout: 90_000 };
const STACK_TRACE = /^\s+at .+[:(]/m;

const tmp = mkdtempSync(join(tmpdir(), 'bsr-cli-'));
const tooLarge = join(tmp, 'too-large.json');
writeFileSync(tooLarge, `"${'a'.repeat(5 * 1024 * 1024)}"`);
const tooDeep = join(tmp, 'too-deep.json');
writeFileSync(tooDeep, `${'['.repeat(50_000)}${']'.repeat(50_000)}`);

describe.concurrent('cli: dispatch', SLOW, () => {
  it('prints help and exits 0', async () => {
    const r = await cli('help');
    expect(r.code).toBe(0);
    for (const command of ['validate', 'score', 'schema', 'report', 'aggregate'])
      expect(r.stdout).toContain(command);
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['a prototype property as a command', ['constructor']],
  ])('shows usage and exits 2 for %s', async (_, args) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run cli -- <command>');
    // The dispatcher's own lines carry its prefix, as each command's carry the command's.
    for (const line of r.lines) expect(line).toMatch(/^cli: /);
    expect(r.stdout).toBe('');
  });

  it.each([
    ['validate with no files', ['validate']],
    ['score with two files', ['score', A('small-valid.json'), A('format-v1.json')]],
    ['an unknown option', ['score', '--xml', A('small-valid.json')]],
  ])('exits 2 for %s', async (_, args) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: (validate|score)/);
  });
});

describe.concurrent('cli: help, version and terminal safety', SLOW, () => {
  it.each(['validate', 'score', 'schema', 'report', 'aggregate'])(
    "`%s --help` prints that command's usage on stdout and exits 0",
    async (command) => {
      const r = await cli(command, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage: ${command} `, 'm'));
      expect(r.stderr).toBe('');
    },
  );

  it('`--version` names the tool, question bank and file format versions', async () => {
    const r = await cli('--version');
    expect(r.code).toBe(0);
    const bank = JSON.parse(
      readFileSync(join(ROOT, 'questionnaires/big-society-readiness.json'), 'utf8'),
    );
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(r.stdout.trim()).toBe(
      `big-society-readiness ${pkg.version} (question bank ${bank.version}, assessment format version ${ASSESSMENT_FORMAT_VERSION})`,
    );
  });

  it('writes user text with terminal controls (U+009B, U+202E, ESC) as visible escapes, in text and JSON', async () => {
    const raw = JSON.parse(readFileSync(join(ROOT, A('small-valid.json')), 'utf8'));
    raw.about.organisation = 'Evil\u009b31m \u202eCouncil\u001b[2J';
    const file = join(tmp, 'controls.json');
    writeFileSync(file, JSON.stringify(raw));
    const text = await cli('score', '--bank', BANK, file);
    expect(text.code).toBe(0);
    for (const out of [text.stdout, text.stderr])
      // eslint-disable-next-line no-control-regex -- the test looks for control characters
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    // oneLine has already turned the C0 escape into a space; C1 and bidi controls are shown as escapes.
    expect(text.stdout).toContain('Evil\\u009b31m \\u202eCouncil [2J');
    const badName = join(tmp, 'bad\u202ename.json');
    writeFileSync(badName, '{');
    const err = await cli('validate', badName);
    expect(err.stderr).toContain('bad\\u202ename.json');
    expect(err.stderr).not.toContain('\u202e');
  });

  it('refuses a file whose bytes are not UTF-8, naming the file', async () => {
    const r = await cli(
      'validate',
      '--bank',
      'tests/fixtures/workshop/bank.json',
      'tests/fixtures/hostile/not-utf8.json',
    );
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'validate: tests/fixtures/hostile/not-utf8.json: the file is not UTF-8 text (it may have been saved in another encoding, such as Windows-1252): save it as UTF-8 and try again',
    );
  });
});

describe('cli: validate', SLOW, () => {
  const unknownFormat = join(tmp, 'other.json');
  writeFileSync(unknownFormat, '{"format":"spreadsheet"}');

  // One run over many bad files (as `validate questionnaires/*.json` would be used); each file's
  // lines are then checked on their own. Fewer child processes keep the suite quick.
  const badBanks: [string, string[]][] = [
    [
      Q('broken-missing-level.json'),
      ['themes[0].questions[1].levels: must have exactly five level descriptors (levels 0 to 4)'],
    ],
    [
      Q('broken-duplicate-id.json'),
      [
        'themes[1].questions[1].id: duplicate question id "beta.funding" (also at themes[1].questions[0])',
      ],
    ],
    [
      Q('broken-empty-theme.json'),
      ['themes[2].questions: a theme must have at least one question'],
    ],
    [
      Q('broken-unknown-key-and-weight.json'),
      [
        'themes[0].questions[0]: unknown key "colour"',
        'themes[1].questions[0].weight: must be more than 0',
      ],
    ],
  ];
  const badAssessments: [string, string[]][] = [
    [
      A('unknown-question.json'),
      [
        'answers["alpha.retired"]: answer to question "alpha.retired", which is not in question bank "small-bank" 1.0.0; it would be dropped on import',
      ],
    ],
    [
      A('older-bank-version.json'),
      [
        'answers["alpha.retired"]: answer to question "alpha.retired", which is not in question bank "small-bank" 1.0.0 (the file was made with 0.9.0); it would be dropped on import',
        'answers["delta.gone"]: answer to question "delta.gone", which is not in question bank "small-bank" 1.0.0 (the file was made with 0.9.0); it would be dropped on import',
        'targets.delta: target for theme "delta", which is not in question bank "small-bank" 1.0.0 (the file was made with 0.9.0); it would be dropped on import',
        'plan[1].themeId: action for theme "delta", which is not in question bank "small-bank" 1.0.0 (the file was made with 0.9.0); it would be dropped on import',
      ],
    ],
    [
      A('unknown-keys.json'),
      ['answers["beta.skills"]: unknown key "score"', 'unknown key "colour"'],
    ],
    [
      A('bad-values.json'),
      [
        'about.date: must be a real date',
        'answers["alpha.review"].response.kind: should be one of "level", "dont-know", "not-applicable"',
        'answers["beta.skills"].response.level: must be a level: a whole number from 0 to 4',
      ],
    ],
    [
      A('newer-format.json'),
      [
        'formatVersion: made by a newer version of the tool (format version 9; this version reads up to 2). Update the tool to open it.',
      ],
    ],
    [
      A('other-bank.json'),
      [
        'questionnaire.id: made with a different question bank ("another-bank"; this tool uses "small-bank")',
      ],
    ],
    [
      A('constructor-key.json'),
      ['answers["beta.skills"].constructor: the file contains a forbidden key "constructor"'],
    ],
    [
      unknownFormat,
      [
        'format: not a question bank or an assessment file (expected "format": "readiness-questionnaire" or "readiness-assessment")',
      ],
    ],
  ];
  const unreadable: [string, string, RegExp][] = [
    ['not JSON', A('not-json.json'), /: the file is not valid JSON \(.+\)$/],
    ['over 5 MB', tooLarge, /: the file is too large \(5\.0 MB; the limit is 5 MB\)$/],
    ['nested 50,000 deep', tooDeep, /: the file is nested too deeply \(more than 40 levels\)$/],
    ['missing', 'no/such/file.json', /^validate: no\/such\/file\.json: no such file$/],
    ['a directory', 'tests/fixtures', /^validate: tests\/fixtures: is a directory, not a file$/],
  ];
  let invalid: Run;
  let unreadables: Run;
  beforeAll(async () => {
    [invalid, unreadables] = await Promise.all([
      cli('validate', '--bank', BANK, ...[...badBanks, ...badAssessments].map(([f]) => f)),
      cli('validate', ...unreadable.map(([, f]) => f)),
    ]);
  }, SLOW.timeout);
  const linesFor = (run: Run, file: string) =>
    run.lines.filter((l) => l.startsWith(`validate: ${file}: `));

  it('exits 1 and prints nothing on stdout when no file is valid', () => {
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.lines).toHaveLength(
      [...badBanks, ...badAssessments].flatMap(([, p]) => p).length,
    );
  });

  it.each(badBanks)(
    'rejects the bank %s with one line per problem naming the JSON path',
    (file, problems) => {
      expect(linesFor(invalid, file)).toEqual(problems.map((p) => `validate: ${file}: ${p}`));
    },
  );

  it.each(badAssessments)(
    'reports the problems in %s, checked against the bank',
    (file, problems) => {
      expect(linesFor(invalid, file)).toEqual(problems.map((p) => `validate: ${file}: ${p}`));
    },
  );

  it.each(unreadable)('gives a file that is %s one line', (_, file, message) => {
    const lines = linesFor(unreadables, file);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('prints no stack trace for unreadable files, and exits 1', () => {
    expect(unreadables.code).toBe(1);
    expect(unreadables.lines).toHaveLength(unreadable.length);
    expect(unreadables.stderr).not.toMatch(STACK_TRACE);
  });

  it('prints ok for each valid bank and assessment and exits 0', async () => {
    const r = await cli(
      'validate',
      '--bank',
      BANK,
      BANK,
      A('small-valid.json'),
      A('format-v1.json'),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`ok ${BANK}\nok ${A('small-valid.json')}\nok ${A('format-v1.json')}\n`);
    expect(r.stderr).toBe('');
  });

  it('checks every file, printing ok for the good ones, and exits 1 if any is bad', async () => {
    const r = await cli(
      'validate',
      '--bank',
      BANK,
      BANK,
      A('not-json.json'),
      A('small-valid.json'),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`ok ${BANK}\nok ${A('small-valid.json')}\n`);
    expect(r.lines).toHaveLength(1);
  });

  it('explains an unusable bank instead of failing every assessment obscurely', async () => {
    const r = await cli('validate', '--bank', Q('broken-empty-theme.json'), A('small-valid.json'));
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      `validate: ${A('small-valid.json')}: cannot check it: the question bank is unusable (themes[2].questions: a theme must have at least one question)`,
    ]);
  });
});

describe.concurrent('cli: score', SLOW, () => {
  it('prints exactly the score summary as JSON with --json', async () => {
    const r = await cli('score', A('small-valid.json'), '--json', '--bank', BANK);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // Worked by hand: alpha = 100 × (1×1 + 2×3) / (1×4 + 2×4); beta = 100 × 2/4 (funding not applicable).
    expect(JSON.parse(r.stdout)).toEqual({
      themes: {
        alpha: {
          score: expect.closeTo((100 * 7) / 12, 10),
          band: 'Developing',
          coverage: expect.closeTo(2 / 3, 10),
          provisional: false,
        },
        beta: { score: 50, band: 'Developing', coverage: 0.5, provisional: true },
        gamma: { score: null, band: null, coverage: 0, provisional: false },
      },
      overall: expect.closeTo(((100 * 7) / 12 + 50) / 2, 10),
      criticalGaps: ['alpha.scrutiny'],
      evidenceGaps: ['alpha.review'],
    });
  });

  it('prints a readable table: score to 1 decimal, band, coverage, provisional, overall and the gaps', async () => {
    const r = await cli('score', '--bank', BANK, A('small-valid.json'));
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      'Testborough Council, assessed 2026-01-05 (question bank small-bank 1.0.0)',
    );
    expect(lines).toContain('Alpha (alpha)   58.3  Developing  67% (2/3)  no');
    expect(lines).toContain('Beta (beta)     50.0  Developing  50% (1/2)  yes');
    expect(lines).toContain('Gamma (gamma)      –  no score    0% (0/1)   –');
    expect(lines).toContain('Overall         54.2  Developing');
    expect(r.stdout).toMatch(
      /Critical gaps \(1\)[^\n]*\n {2}alpha\.scrutiny \(level 1\): Is community delivery scrutinised\?/,
    );
    expect(r.stdout).toMatch(
      /Evidence gaps \(1\)[^\n]*\n {2}alpha\.review: Is the approach reviewed each year\?/,
    );
  });

  it('scores a file from another bank version, noting the dropped answers on stderr', async () => {
    const r = await cli('score', '--json', '--bank', BANK, A('older-bank-version.json'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse((await cli('score', '--json', '--bank', BANK, A('small-valid.json'))).stdout),
    );
    expect(r.lines).toEqual([
      `score: ${A('older-bank-version.json')}: note: ignored answers to questions not in the question bank: alpha.retired, delta.gone`,
      `score: ${A('older-bank-version.json')}: note: made with question bank version 0.9.0; scored with 1.0.0`,
    ]);
  });

  it.each([
    ['a missing file', 'missing.json', ['score: missing.json: no such file']],
    [
      'a file that is not JSON',
      A('not-json.json'),
      [expect.stringMatching(/not-json\.json: the file is not valid JSON/)],
    ],
  ])('refuses %s in one line on stderr, nothing on stdout, exit 1', async (_, file, lines) => {
    const r = await cli('score', '--bank', BANK, file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.lines).toEqual(lines);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe.concurrent('cli: schema', SLOW, () => {
  it('confirms the committed JSON Schemas are up to date with --check', async () => {
    const r = await cli('schema', '--check');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'up to date questionnaires/questionnaire.schema.json\nup to date questionnaires/assessment.schema.json\n',
    );
  });
});

describe.concurrent('cli: the built-in question bank and the example', SLOW, () => {
  const files = [
    ...readdirSync(join(ROOT, 'questionnaires')).map((f) => `questionnaires/${f}`),
    ...readdirSync(join(ROOT, 'public/examples')).map((f) => `public/examples/${f}`),
  ].filter((f) => f.endsWith('.json'));

  it('prints ok for every file of `validate questionnaires/*.json public/examples/*.json`', async () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'questionnaires/big-society-readiness.json',
        'public/examples/example-council.json',
      ]),
    );
    const r = await cli('validate', ...files);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(files.map((f) => `ok ${f}\n`).join(''));
    expect(r.code).toBe(0);
  });

  it('scores the example against the built-in bank exactly as the domain does', async () => {
    const bank = readQuestionnaireText(
      readFileSync(join(ROOT, 'questionnaires/big-society-readiness.json'), 'utf8'),
    );
    if (!bank.ok) throw new Error('the built-in bank must be valid');
    const example = readAssessmentText(
      readFileSync(join(ROOT, 'public/examples/example-council.json'), 'utf8'),
      bank.value,
    );
    if (!example.ok) throw new Error('the example must be valid');
    const r = await cli('score', 'public/examples/example-council.json', '--json');
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as ReturnType<typeof scoreSummary>;
    expect(printed).toEqual(scoreSummary(scoreAssessment(bank.value, example.value.assessment)));
    expect(Object.keys(printed.themes)).toEqual([
      'accountability',
      'capacity',
      'motivation',
      'centralism',
      'strategic-planning',
    ]);
  });

  it('notices a published JSON Schema that no longer matches the zod schema', async () => {
    const stale = join(tmp, 'questionnaire.schema.json');
    const schema = JSON.parse(
      readFileSync(join(ROOT, 'questionnaires/questionnaire.schema.json'), 'utf8'),
    ) as { required: string[] };
    schema.required = schema.required.filter((k) => k !== 'scale');
    writeFileSync(stale, JSON.stringify(schema));
    const r = await cli('validate', stale);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      `validate: ${stale}: differs from the questionnaire.schema.json generated from the zod schema; run \`npm run cli -- schema\``,
    ]);
  });
});
