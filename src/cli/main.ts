import { readFileSync } from 'node:fs';
import { ASSESSMENT_FORMAT_VERSION } from '../domain/options';
import {
  BUILT_IN_BANK,
  commandOutput,
  consoleOutput,
  CONVENTIONS,
  EXIT,
  usageError,
  type CommandName,
} from './cli-io';
import { schemaCommand, SCHEMA_USAGE } from './schema-command';
import { scoreCommand, SCORE_USAGE } from './score-command';
import { validateCommand, VALIDATE_USAGE } from './validate-command';

const USAGE = [
  'Big Society Readiness command line',
  '',
  'usage: npm run cli -- <command> [arguments]',
  '',
  'commands:',
  `  validate   check question banks and assessment files      ${VALIDATE_USAGE.replace('usage: ', '')}`,
  `  score      print an assessment's theme scores and gaps    ${SCORE_USAGE.replace('usage: ', '')}`,
  '  report     write an assessment report                     see `report --help`',
  '  aggregate  combine several assessments (workshop)         see `aggregate --help`',
  `  schema     regenerate the JSON Schemas in questionnaires/ ${SCHEMA_USAGE.replace('usage: ', '')}`,
  "  help       show this text (`<command> --help` shows one command's)",
  '  --version  show the versions of the tool, its question bank and its file format',
  '',
  ...CONVENTIONS,
];

function versionLine(): string {
  const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as { version?: unknown };
  const tool = read(new URL('../../package.json', import.meta.url)).version;
  const bank = read(new URL(`file://${BUILT_IN_BANK}`)).version;
  return `big-society-readiness ${String(tool)} (question bank ${String(bank)}, assessment format version ${ASSESSMENT_FORMAT_VERSION})`;
}

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: (args) => validateCommand(args),
  score: (args) => scoreCommand(args),
  schema: (args) => schemaCommand(args),
  // Loaded only when used: the report pulls in the PDF and Word libraries, and neither command
  // should slow down (or, while it is being worked on, break) validate and score.
  report: async (args) => (await import('./report-command')).reportCommand(args),
  aggregate: async (args) => (await import('./aggregate-command')).aggregateCommand(args),
};

/** The dispatcher's own messages, and failures no command foresaw, start `cli: `. */
const cliOutput = commandOutput('cli', consoleOutput);

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    for (const line of USAGE) consoleOutput.out(line);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    consoleOutput.out(versionLine());
    return EXIT.ok;
  }
  const command =
    name === undefined ? undefined : Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    return usageError(
      cliOutput,
      name === undefined ? 'give a command' : `unknown command: ${name}`,
      'usage: npm run cli -- <command> [arguments]; `npm run cli -- help` lists the commands',
    );
  }
  return command(rest);
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  throw e;
});

// A failure the commands did not foresee is still reported in one line, never as a stack trace.
const [commandName] = process.argv.slice(2);
const prefix: CommandName =
  commandName !== undefined && Object.hasOwn(COMMANDS, commandName)
    ? (commandName as CommandName)
    : 'cli';
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    commandOutput(prefix, consoleOutput).err(e instanceof Error ? e.message : String(e));
    process.exitCode = EXIT.invalid;
  },
);
