import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, oneLine } from './cli-io';
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
  '  help       show this text',
  '',
  'exit codes: 0 all good, 1 a file is invalid or unreadable, 2 wrong command line',
];

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

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE.join('\n')}\n`);
    return EXIT_OK;
  }
  const command =
    name === undefined ? undefined : Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    if (name !== undefined) process.stderr.write(`unknown command: ${oneLine(name)}\n`);
    process.stderr.write(`${USAGE.join('\n')}\n`);
    return EXIT_USAGE;
  }
  return command(rest);
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
  throw e;
});

// A failure the commands did not foresee is still reported in one line, never as a stack trace.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = EXIT_INVALID;
  },
);
