// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemas } from '../../src/cli/schema-command';

type JsonSchema = {
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: unknown;
  [k: string]: unknown;
};

const byName = (name: string) => {
  const found = generateSchemas().find((s) => s.file.endsWith(name));
  if (!found) throw new Error(`no generated ${name}`);
  return found;
};

describe('published JSON Schemas', () => {
  it.each(['questionnaire.schema.json', 'assessment.schema.json'])(
    'questionnaires/%s is committed and equals a fresh generation (run `npm run cli -- schema` after changing a zod schema)',
    (name) => {
      const { file, text } = byName(name);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(text);
    },
  );

  it('describes the bank as authors write it: weight, critical and actions are optional', () => {
    const schema = JSON.parse(byName('questionnaire.schema.json').text) as JsonSchema;
    const question = schema.properties!.themes!.items!.properties!.questions!.items!;
    expect(question.required).toEqual(['id', 'text', 'guidance', 'evidence', 'levels', 'sources']);
    expect(question.additionalProperties).toBe(false);
    expect(question.properties!.levels).toMatchObject({ minItems: 5, maxItems: 5 });
  });

  it('is draft 2020-12 and carries a title', () => {
    for (const { text } of generateSchemas()) {
      const schema = JSON.parse(text) as JsonSchema;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(typeof schema.title).toBe('string');
    }
  });
});

describe('hosting headers in the README', () => {
  it("match the headers vite.config.ts derives from index.html's policy", async () => {
    const { SECURITY_HEADERS } = await import('../../vite.config');
    const readme = readFileSync('README.md', 'utf8');
    const nginx = new Map(
      [...readme.matchAll(/^add_header ([\w-]+) "([^"]+)" always;$/gm)].map((m) => [m[1], m[2]]),
    );
    expect(Object.fromEntries(nginx)).toEqual(SECURITY_HEADERS);
  });
});
