#!/usr/bin/env node
// Adds up every suite of `npm test` into one closing line, `N passed, N failed[, N skipped]`:
// vitest and Playwright test by test (from their JSON reports), and each other step (lint,
// typecheck, npm audit, build, bundle budget) as one test. Exits 1 if anything failed.
//
//   node scripts/sum-results.mjs [reportsDir]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Steps file: one `name<TAB>pass|fail|skip<TAB>note` line per step. */
export function parseSteps(text) {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const [name, status, note = ''] = l.split('\t');
      return { name, status, note };
    });
}

/** Counts from a vitest JSON report; a test file that failed to load counts as one failure. */
export function vitestCounts(report) {
  let failed = report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    if (
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((a) => a.status === 'failed')
    )
      failed += 1;
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Counts from a Playwright JSON report; flaky tests passed on retry but are counted as failed. */
export function playwrightCounts(report) {
  const s = report.stats ?? {};
  const errors = (report.errors ?? []).length;
  return {
    passed: s.expected ?? 0,
    failed: (s.unexpected ?? 0) + (s.flaky ?? 0) + errors,
    skipped: s.skipped ?? 0,
  };
}

/**
 * The suites of one run. A runner step whose JSON report is missing or unreadable counts as one
 * failure (it crashed before reporting); a runner that failed while its report shows no failure
 * (e.g. no tests found, or a global setup error) counts one failure more.
 */
export function summarise(steps, reports) {
  const suites = [];
  for (const step of steps) {
    const reader = { vitest: vitestCounts, playwright: playwrightCounts }[step.name];
    if (!reader) {
      suites.push({
        name: step.name,
        passed: step.status === 'pass' ? 1 : 0,
        failed: step.status === 'fail' ? 1 : 0,
        skipped: step.status === 'skip' ? 1 : 0,
        note: step.note,
      });
      continue;
    }
    const report = reports[step.name];
    if (!report) {
      suites.push({
        name: step.name,
        passed: 0,
        failed: 1,
        skipped: 0,
        note: step.note || 'no JSON report',
      });
      continue;
    }
    const counts = reader(report);
    if (step.status === 'fail' && counts.failed === 0) {
      counts.failed = 1;
      counts.note = 'runner failed without a failing test';
    }
    if (step.status === 'pass' && counts.passed === 0 && counts.failed === 0) {
      counts.failed = 1;
      counts.note = 'no tests ran';
    }
    suites.push({ name: step.name, ...counts, note: counts.note ?? step.note });
  }
  const total = suites.reduce(
    (t, s) => ({
      passed: t.passed + s.passed,
      failed: t.failed + s.failed,
      skipped: t.skipped + s.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  return { suites, total };
}

export function closingLine(total) {
  return `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'reports';
  const stepsFile = path.join(dir, 'steps.txt');
  const steps = fs.existsSync(stepsFile) ? parseSteps(fs.readFileSync(stepsFile, 'utf8')) : [];
  const reports = {
    vitest: readJson(path.join(dir, 'vitest.json')),
    playwright: readJson(path.join(dir, 'playwright.json')),
  };
  const { suites, total } = summarise(steps, reports);
  if (!steps.length) total.failed += 1;
  console.log('suite            passed  failed  skipped');
  for (const s of suites) {
    console.log(
      `${s.name.padEnd(16)} ${String(s.passed).padStart(6)}  ${String(s.failed).padStart(6)}  ${String(s.skipped).padStart(7)}${s.note ? `  (${s.note})` : ''}`,
    );
  }
  console.log(closingLine(total));
  process.exitCode = total.failed > 0 ? 1 : 0;
}
