import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { assessmentSchema } from '../domain/assessment-schema';
import { questionnaireSchema } from '../domain/questionnaire-schema';
import { EXIT, runCommand, type CommandSpec, type Output } from './cli-io';

export const SCHEMA_USAGE = 'usage: schema [--check]';

const QUESTIONNAIRES_DIR = new URL('../../questionnaires/', import.meta.url);

export type GeneratedSchema = { file: string; text: string };

/**
 * JSON Schemas for people who write their own question bank or produce assessment files. They are
 * generated from the zod schemas (never edited by hand) in input mode, so fields with a default,
 * such as a question's weight, are optional as they are for the app. Checks that JSON Schema
 * cannot express (unique ids, ids that start with their theme's id) are only in the zod schema:
 * `npm run cli -- validate` applies them.
 */
export function generateSchemas(): GeneratedSchema[] {
  return [
    {
      file: fileURLToPath(new URL('questionnaire.schema.json', QUESTIONNAIRES_DIR)),
      text: render(questionnaireSchema, {
        title: 'Big Society Readiness question bank',
        description:
          'A question bank ("format": "readiness-questionnaire") for the Big Society Readiness self-assessment. Generated from src/domain/questionnaire-schema.ts; run `npm run cli -- validate <file>` for the checks JSON Schema cannot express (unique question ids, question ids that start with their theme id, unique action ids).',
      }),
    },
    {
      file: fileURLToPath(new URL('assessment.schema.json', QUESTIONNAIRES_DIR)),
      text: render(assessmentSchema, {
        title: 'Big Society Readiness assessment file',
        description:
          'An assessment exported from the Big Society Readiness tool ("format": "readiness-assessment"). Generated from src/domain/assessment-schema.ts; run `npm run cli -- validate <file>` to check it against the question bank as well.',
      }),
    },
  ];
}

function render(schema: z.ZodType, about: { title: string; description: string }): string {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input' });
  return `${JSON.stringify({ $schema, ...about, ...rest }, null, 2)}\n`;
}

const SPEC: CommandSpec = {
  name: 'schema',
  usage: SCHEMA_USAGE,
  help: ['Regenerates (or with --check, checks) the JSON Schemas in questionnaires/.'],
  flags: ['--check'],
  checkPositional: (files) => (files.length === 0 ? null : 'takes no file names'),
};

export function schemaCommand(args: string[], output?: Output): Promise<number> {
  return runCommand(SPEC, args, output, ({ flags }, io) => writeOrCheck(flags.has('--check'), io));
}

function writeOrCheck(check: boolean, io: Output): number {
  let exit: number = EXIT.ok;
  for (const { file, text } of generateSchemas()) {
    const shown = relative(process.cwd(), file) || file;
    if (check) {
      let current: string | null = null;
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        current = null;
      }
      if (current === text) io.out(`up to date ${shown}`);
      else {
        io.err(`${shown}: out of date; run \`npm run cli -- schema\``);
        exit = EXIT.invalid;
      }
    } else {
      writeFileSync(file, text);
      io.out(`wrote ${shown}`);
    }
  }
  return exit;
}
