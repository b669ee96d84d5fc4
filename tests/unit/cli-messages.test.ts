// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateCommand } from '../../src/cli/aggregate-command';
import { CONVENTIONS, EXIT, type Output } from '../../src/cli/cli-io';
import { reportCommand } from '../../src/cli/report-command';
import { schemaCommand } from '../../src/cli/schema-command';
import { scoreCommand } from '../../src/cli/score-command';
import { validateCommand } from '../../src/cli/validate-command';

// One convention for every command (cli-io.ts): each line on stderr starts `<command>: `, a wrong
// command line exits 2 and a bad file exits 1; `--help` states the convention.

type Command = (args: string[], io?: Output) => Promise<number>;
const dir = mkdtempSync(join(tmpdir(), 'cli-messages-'));
const notJson = join(dir, 'broken.json');
writeFileSync(notJson, '{ "format": ');
const BANK = 'tests/fixtures/questionnaires/small-bank.json';

async function run(command: Command, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const commands: [string, Command, string[] | null][] = [
  // name, command, arguments that name one bad file (null: the command reads no input file)
  ['validate', validateCommand, [notJson]],
  ['score', scoreCommand, ['--bank', BANK, notJson]],
  ['report', reportCommand, ['--bank', BANK, notJson, join(dir, 'out.pdf')]],
  ['aggregate', aggregateCommand, ['--names', '--bank', BANK, notJson]],
  ['schema', schemaCommand, null],
];

describe('every command keeps the same message and exit code convention', () => {
  it.each(commands)(
    '%s: a wrong command line gives prefixed lines and exit 2',
    async (name, command) => {
      const r = await run(command, ['--no-such-option']);
      expect(r.code).toBe(EXIT.usage);
      expect(r.out).toEqual([]);
      expect(r.err).toEqual([
        `${name}: unknown option --no-such-option`,
        expect.stringMatching(new RegExp(`^${name}: usage: ${name} `)),
      ]);
    },
  );

  it.each(commands.filter(([, , bad]) => bad))(
    '%s: a bad file gives prefixed lines that name it, and exit 1',
    async (name, command, bad) => {
      const r = await run(command, bad!);
      expect(r.code).toBe(EXIT.invalid);
      expect(r.err.length).toBeGreaterThan(0);
      for (const line of r.err) expect(line).toMatch(new RegExp(`^${name}: `));
      expect(r.err.join('\n')).toContain(`${name}: ${notJson}: the file is not valid JSON`);
    },
  );

  it.each(commands)('%s --help states the convention on stdout', async (_, command) => {
    const r = await run(command, ['--help']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out.slice(-CONVENTIONS.length)).toEqual(CONVENTIONS);
  });
});
