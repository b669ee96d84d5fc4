// Rewrites the "## Cited by" list at the end of every seeds/<source>.md note from the questions in
// questionnaires/big-society-readiness.json that cite it, in bank order. Run after editing the
// bank: `node scripts/seeds-cited-by.mjs`. tests/unit/question-bank.test.ts fails when a list
// is out of step.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const bank = JSON.parse(readFileSync(new URL('questionnaires/big-society-readiness.json', root)));
const questions = bank.themes.flatMap((t) => t.questions);
const dir = new URL('seeds/', root);

for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
  const id = file.slice(0, -'.md'.length);
  const note = readFileSync(new URL(file, dir), 'utf8');
  const [head] = note.split(/^## Cited by\s*$/m);
  const cited = questions.filter((q) => q.sources.includes(id)).map((q) => `- ${q.id}`);
  const body = cited.length > 0 ? cited.join('\n') : '(no question cites this source)';
  writeFileSync(new URL(file, dir), `${head.trimEnd()}\n\n## Cited by\n\n${body}\n`);
  console.log(`${file}: ${cited.length} questions`);
}
