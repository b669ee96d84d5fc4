// Agreement between independent raters of the evidence packs (issue 13).
//
//   npx tsx docs/validation/agreement.ts              one report per bank version and pack
//   npx tsx docs/validation/agreement.ts --markdown   the summary table for the README
//   npx tsx docs/validation/agreement.ts --ratings <dir>   read ratings from another folder
//
// Ratings live in docs/validation/ratings/<bank-version>/<pack>/<rater>.json; the bank each was
// made with is found by its "version" among docs/validation/banks/*.json and the current
// questionnaires/big-society-readiness.json. The arithmetic is in agreement-stats.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AgreementSummary, Answer, RaterRatings, SummaryRow } from './agreement-stats';
import { decimal, GOAL, markdownTable, meetsGoal, percent, summarise } from './agreement-stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

const answerSchema = z.union([
  z.literal(0),
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal('dont-know'),
  z.literal('not-applicable'),
]);
const ratingFileSchema = z.object({
  rater: z.string().min(1),
  pack: z.string().min(1),
  bankVersion: z.string().min(1),
  ratings: z.record(z.string(), answerSchema),
});
// Only what the comparison needs; the rest of the bank is the product's business.
const bankSchema = z.object({
  version: z.string(),
  themes: z.array(
    z.object({ questions: z.array(z.object({ id: z.string(), critical: z.boolean() })) }),
  ),
});

type Bank = { file: string; version: string; questions: { id: string; critical: boolean }[] };

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
}

function loadBanks(): Bank[] {
  const bankDir = path.join(here, 'banks');
  const files = [
    ...(fs.existsSync(bankDir)
      ? fs
          .readdirSync(bankDir)
          .filter((f) => f.endsWith('.json'))
          .map((f) => path.join(bankDir, f))
      : []),
    path.join(root, 'questionnaires', 'big-society-readiness.json'),
  ];
  return files.flatMap((file) => {
    const parsed = bankSchema.safeParse(readJson(file));
    if (!parsed.success) return [];
    const questions = parsed.data.themes.flatMap((t) => t.questions);
    return [{ file: path.relative(root, file), version: parsed.data.version, questions }];
  });
}

/** The bank with exactly this version, or failing that one with the same major version. */
function bankFor(version: string, banks: readonly Bank[]): Bank | undefined {
  const major = version.split('.')[0];
  return (
    banks.find((b) => b.version === version) ?? banks.find((b) => b.version.split('.')[0] === major)
  );
}

function subdirs(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

type Group = { bankVersion: string; pack: string; bank: Bank; summary: AgreementSummary };

function collect(ratingsDir: string, problems: string[]): Group[] {
  if (!fs.existsSync(ratingsDir)) return [];
  const banks = loadBanks();
  const groups: Group[] = [];
  for (const bankVersion of subdirs(ratingsDir)) {
    const bank = bankFor(bankVersion, banks);
    if (!bank) {
      problems.push(`No bank with version ${bankVersion} in docs/validation/banks/.`);
      continue;
    }
    const byPack = new Map<string, RaterRatings[]>();
    for (const pack of subdirs(path.join(ratingsDir, bankVersion))) {
      const dir = path.join(ratingsDir, bankVersion, pack);
      const raters: RaterRatings[] = [];
      for (const name of fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()) {
        const where = path.relative(root, path.join(dir, name));
        let parsed;
        try {
          parsed = ratingFileSchema.safeParse(readJson(path.join(dir, name)));
        } catch (e) {
          problems.push(`${where}: not valid JSON (${(e as Error).message}).`);
          continue;
        }
        if (!parsed.success) {
          problems.push(
            `${where}: not in the ratings format (${parsed.error.issues[0]?.message}).`,
          );
          continue;
        }
        const file = parsed.data;
        if (file.pack !== pack || file.bankVersion !== bankVersion) {
          problems.push(
            `${where}: says pack "${file.pack}", bank ${file.bankVersion}, but sits in ${bankVersion}/${pack}.`,
          );
          continue;
        }
        const known = new Set(bank.questions.map((q) => q.id));
        const unknown = Object.keys(file.ratings).filter((id) => !known.has(id));
        if (unknown.length) {
          problems.push(
            `${where}: ignored ids not in bank ${bank.version}: ${unknown.join(', ')}.`,
          );
        }
        raters.push({ rater: file.rater, ratings: file.ratings as Record<string, Answer> });
      }
      if (raters.length < 2) {
        problems.push(`${bankVersion}/${pack}: ${raters.length} rater(s); agreement needs two.`);
        continue;
      }
      groups.push({ bankVersion, pack, bank, summary: summarise(bank.questions, raters) });
      byPack.set(pack, raters);
    }
    const pooled = pool(bank, byPack);
    if (pooled) groups.push({ bankVersion, pack: POOLED, bank, summary: pooled });
  }
  return groups;
}

const POOLED = 'both packs pooled';

/**
 * Kappa compares variation between raters with variation between questions. On one pack most
 * answers sit in one or two levels, so kappa can be low even when raters mostly agree; pooling the
 * packs (each question once per pack, for the raters who rated every pack) gives it the spread
 * of a strong and a struggling council. Reported beside, never instead of, the per-pack figures.
 */
function pool(bank: Bank, byPack: ReadonlyMap<string, RaterRatings[]>): AgreementSummary | null {
  if (byPack.size < 2) return null;
  const packs = [...byPack.keys()];
  const names = byPack
    .get(packs[0]!)!
    .map((r) => r.rater)
    .filter((name) => packs.every((p) => byPack.get(p)!.some((r) => r.rater === name)));
  if (names.length < 2) return null;
  const questions = packs.flatMap((p) =>
    bank.questions.map((q) => ({ id: `${p}/${q.id}`, critical: q.critical })),
  );
  const raters = names.map((name) => ({
    rater: name,
    ratings: Object.fromEntries(
      packs.flatMap((p) =>
        Object.entries(byPack.get(p)!.find((r) => r.rater === name)!.ratings).map(
          ([id, a]) => [`${p}/${id}`, a] as const,
        ),
      ),
    ),
  }));
  return summarise(questions, raters);
}

function report(g: Group): string {
  const s = g.summary;
  const lines = [
    `Bank ${g.bankVersion} (${g.bank.file}, version ${g.bank.version}), pack "${g.pack}": ` +
      `${s.raters.length} raters (${s.raters.join(', ')}), ${s.questions} questions, ${s.pairs} pairs`,
    `  Exact agreement:   ${percent(s.exact)} of ${s.comparisons} question x pair comparisons`,
    `  Within one level:  ${percent(s.withinOne)}`,
    `  Weighted kappa:    ${decimal(s.kappa)} (mean of pairs: ${s.pairKappas
      .map((p) => `${p.pair.join('-')} ${decimal(p.kappa)}`)
      .join(', ')})`,
    `  Goal (exact >= ${percent(GOAL.exact)}, kappa >= ${GOAL.kappa}, no critical difference): ${
      meetsGoal(s) ? 'met' : 'not met'
    }`,
  ];
  if (s.missing.length) {
    lines.push(
      `  Left unanswered (compared as "no-answer"): ${s.missing
        .map((m) => `${m.rater} ${m.questionId}`)
        .join(', ')}`,
    );
  }
  const critical = s.differences.filter((d) => d.critical).length;
  lines.push(
    `  Questions on which raters differ: ${s.differences.length} (${critical} critical)` +
      (s.differences.length ? '' : ': none'),
  );
  for (const d of s.differences) {
    const answers = d.answers.map((a) => `${a.rater} ${a.answer}`).join(', ');
    lines.push(
      `    ${d.critical ? '!' : '-'} ${d.questionId}${d.critical ? ' [critical]' : ''}: ${answers}`,
    );
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  const at = argv.indexOf('--ratings');
  const ratingsDir =
    at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1]!) : path.join(here, 'ratings');
  const problems: string[] = [];
  const groups = collect(ratingsDir, problems);
  for (const p of problems) console.error(`Warning: ${p}`);
  if (!groups.length) {
    console.log(
      `No pack has ratings from two or more raters yet under ${path.relative(root, ratingsDir) || '.'}.`,
    );
    return 0;
  }
  if (argv.includes('--markdown')) {
    const rows: SummaryRow[] = groups.map(({ bankVersion, pack, summary }) => ({
      bankVersion,
      pack,
      summary,
    }));
    console.log(markdownTable(rows));
    return 0;
  }
  console.log(
    'Non-level answers ("dont-know", "not-applicable", or a question left out) agree only with the\n' +
      'same answer; against a level they count as full disagreement (weight 1, as levels 0 and 4).\n',
  );
  console.log(groups.map(report).join('\n\n'));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
