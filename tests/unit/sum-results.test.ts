// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { closingLine, parseSteps, summarise } from '../../scripts/sum-results.mjs';

// The closing line of `npm test` / `.ci/run`, which CI reads: every suite added up.

const vitestReport = {
  numPassedTests: 40,
  numFailedTests: 2,
  numPendingTests: 1,
  numTodoTests: 1,
  testResults: [
    { status: 'passed', assertionResults: [{ status: 'passed' }] },
    { status: 'failed', assertionResults: [{ status: 'failed' }] },
    // A test file that fails to import has no assertion results but is still a failure.
    { status: 'failed', assertionResults: [] },
  ],
};
const playwrightReport = {
  stats: { expected: 5, unexpected: 1, flaky: 1, skipped: 2 },
  errors: [],
};

describe('summing the suites', () => {
  it('adds vitest and Playwright test by test and every other step as one test', () => {
    const steps = parseSteps(
      'lint\tpass\t\ntypecheck\tfail\texit 2\nnpm-audit\tskip\toffline\nvitest\tfail\t\nbuild\tpass\t\nbundle-budget\tpass\t\nplaywright\tfail\t\n',
    );
    const { total } = summarise(steps, { vitest: vitestReport, playwright: playwrightReport });
    // passed: lint, build, budget (3) + 40 + 5; failed: typecheck (1) + 2 + 1 unloadable file + 1 + 1 flaky
    expect(total).toEqual({ passed: 48, failed: 6, skipped: 1 + 2 + 2 });
    expect(closingLine(total)).toBe('48 passed, 6 failed, 5 skipped');
  });

  it('counts a runner without a JSON report as a failure', () => {
    const { total } = summarise(parseSteps('vitest\tfail\t\nplaywright\tfail\tno build\n'), {
      vitest: null,
      playwright: null,
    });
    expect(total).toEqual({ passed: 0, failed: 2, skipped: 0 });
  });

  it('counts a runner that failed with no failing test (e.g. a crashed web server) as a failure', () => {
    const report = { stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] };
    const { total } = summarise(parseSteps('playwright\tfail\t\n'), { playwright: report });
    expect(total.failed).toBe(1);
  });

  it('counts Playwright global errors as failures', () => {
    const report = {
      stats: { expected: 3, unexpected: 0 },
      errors: [{ message: 'webServer exited' }],
    };
    const { total } = summarise(parseSteps('playwright\tfail\t\n'), { playwright: report });
    expect(total).toEqual({ passed: 3, failed: 1, skipped: 0 });
  });

  it('counts a run in which no test ran as a failure', () => {
    const { total } = summarise(parseSteps('vitest\tpass\t\n'), {
      vitest: { numPassedTests: 0, numFailedTests: 0, testResults: [] },
    });
    expect(total.failed).toBe(1);
  });

  it('omits skipped from the line when nothing was skipped', () => {
    expect(closingLine({ passed: 7, failed: 0, skipped: 0 })).toBe('7 passed, 0 failed');
  });
});
