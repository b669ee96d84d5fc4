// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PlanAction } from '../../src/domain/assessment-schema';
import { needsOwner, sortPlan } from '../../src/domain/plan-edit';
import { reportStatus } from '../../src/domain/report-status';
import { effectiveTargets, scoreAssessment } from '../../src/domain/scoring';
import {
  allSuggestedActions,
  DRAFT_PLAN_SIZE,
  draftPlan,
  planSuggestions,
} from '../../src/domain/priorities';
import { example } from '../fixtures/report/load';

const action = (id: string, priority: PlanAction['priority'], due: string): PlanAction => ({
  id,
  text: id,
  themeId: 't',
  questionId: null,
  priority,
  owner: '',
  due,
  status: 'not-started',
  measure: '',
  resources: '',
  needsDecision: false,
  origin: null,
});

describe('the plan a cabinet can own', () => {
  it('drafts about ten actions and offers the rest as suggestions, in priority order', () => {
    const { bank, assessment } = example();
    const targets = effectiveTargets(scoreAssessment(bank, assessment), assessment.targets);
    const all = allSuggestedActions(bank, assessment, targets);
    const draft = draftPlan(bank, assessment, targets);
    expect(all.length).toBeGreaterThan(DRAFT_PLAN_SIZE);
    expect(draft).toEqual(all.slice(0, DRAFT_PLAN_SIZE));
    expect(planSuggestions(bank, assessment, targets)).toEqual(all.slice(DRAFT_PLAN_SIZE));
    // Critical gaps come first.
    const critical = new Set(scoreAssessment(bank, assessment).criticalGaps);
    expect(critical.has(draft[0]?.questionId ?? '')).toBe(true);
  });

  it('sorts by priority, then due date with undated actions last, then as listed', () => {
    const sorted = sortPlan([
      action('low-dated', 'low', '2026-01-01'),
      action('high-undated', 'high', ''),
      action('high-late', 'high', '2027-06-30'),
      action('medium', 'medium', '2026-12-18'),
      action('high-early', 'high', '2026-11-13'),
      action('high-undated-2', 'high', ''),
    ]);
    expect(sorted.map((a) => a.id)).toEqual([
      'high-early',
      'high-late',
      'high-undated',
      'high-undated-2',
      'medium',
      'low-dated',
    ]);
  });

  it.each([
    ['high', '', true],
    ['high', '  ', true],
    ['high', 'Head of Policy', false],
    ['medium', '', false],
  ] as const)('a %s-priority action with owner %j needs an owner: %s', (priority, owner, flag) => {
    expect(needsOwner({ priority, owner })).toBe(flag);
  });
});

describe('report status: DRAFT while incomplete', () => {
  const { bank, assessment } = example();
  const critical = bank.themes.flatMap((t) => t.questions).filter((q) => q.critical);

  it('is not a draft for the example, which answers enough and every critical question', () => {
    expect(reportStatus(bank, assessment)).toMatchObject({ draft: false, banner: null });
  });

  it('is a draft when one critical question is unanswered, and says how many', () => {
    const { [critical[0]!.id]: _, ...answers } = assessment.answers;
    const status = reportStatus(bank, { answers });
    expect(status.draft).toBe(true);
    expect(status.reasons).toEqual(['1 critical question has no answer yet.']);
  });

  it('is a draft when fewer than 60% of the questions have a level', () => {
    const status = reportStatus(bank, { answers: {} });
    expect(status.banner).toBe('DRAFT: incomplete');
    expect(status.reasons[0]).toMatch(/^Only 0% of the questions are answered with a level/);
  });
});
