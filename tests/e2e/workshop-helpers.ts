import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { aggregate } from '../../src/domain/aggregate';
import { serialiseAssessment } from '../../src/domain/assessment-file';
import { buildBenchmark, serialiseBenchmark } from '../../src/domain/benchmark-file-build';
import { readQuestionnaireText } from '../../src/domain/questionnaire-file';
import { lettersFor, seededRandom } from '../../src/domain/workshop-letters';
import { sampleAssessments } from '../../src/domain/workshop-sample';
import { expect } from './guard';

/** Shared by the workshop specs: the network's files, what must never show, and page steps. */

export function bank() {
  const r = readQuestionnaireText(
    readFileSync(resolve('questionnaires/big-society-readiness.json'), 'utf8'),
  );
  if (!r.ok) throw new Error('the built-in question bank is invalid');
  return r.value;
}

/** 30 respondents' files: 10 councils, each with officers, members and VCS partners. */
export const network = () => sampleAssessments(bank(), 30, { organisations: 10 });
/** Named as councils name their exports: after the organisation. */
export const fileName = (a: { id: string; about: { organisation: string } }) =>
  `${a.about.organisation.toLowerCase().replace(/\s+/g, '-')}-${a.id}.json`;
export const files = () =>
  network().map((a) => ({
    name: fileName(a),
    mimeType: 'application/json',
    buffer: Buffer.from(serialiseAssessment(a)),
  }));
/** Everything that would identify a council or a file: names in any case, file names, ids. */
export const secrets = () =>
  network().flatMap((a) => [
    a.about.organisation,
    a.about.organisation.toLowerCase(),
    a.about.organisation.split(' ')[0] as string,
    fileName(a),
    a.id,
  ]);

/**
 * The network benchmark file of an earlier workshop of the same network (24 responses from 8
 * councils, each council counted once), as the workshop page downloads it.
 */
export function previousBenchmark(): string {
  const earlier = sampleAssessments(bank(), 24, { organisations: 8, seed: 1990 });
  const agg = aggregate(bank(), earlier, {
    anonymise: true,
    letters: lettersFor(
      earlier.map((a) => a.about.organisation),
      seededRandom(1),
    ),
    countBy: 'council',
  });
  return serialiseBenchmark(buildBenchmark(agg, { name: 'Autumn workshop', date: '2010-09-20' }));
}

export async function workshopWith30(page: Page, name: string) {
  await page.goto('./#/workshops');
  await page.getByLabel('Name of the workshop').fill(name);
  await page.getByLabel('Day').fill('14');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('2011');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByLabel('Add assessment files').setInputFiles(files());
  await expect(page.getByTestId('workshop-summary')).toHaveText(
    '30 responses from 10 organisations.',
  );
}

/** Whether anything on the current screen lies outside the window or is clipped by its box. */
export const cutOff = (page: Page) =>
  page.evaluate(() => {
    const slide = document.querySelector('[data-testid="projector-slide"]') as HTMLElement;
    const problems: string[] = [];
    if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1)
      problems.push(`the screen overflows (${slide.scrollWidth}×${slide.scrollHeight})`);
    for (const el of document.querySelectorAll('[data-testid="projector"] *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (el.closest('.govuk-visually-hidden, caption, title, desc')) continue;
      if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1)
        problems.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 30)}"`);
    }
    return problems;
  });
