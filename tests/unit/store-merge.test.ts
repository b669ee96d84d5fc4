import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withAnswer } from '../../src/domain/answer-edits';
import type { Assessment, PlanAction } from '../../src/domain/assessment-schema';
import { mergeAssessment } from '../../src/store/merge-assessment';

const base = (
  JSON.parse(readFileSync('tests/fixtures/storage/record-v1.json', 'utf8')) as {
    assessment: Assessment;
  }
).assessment;
const lvl = (level: 0 | 1 | 2 | 3 | 4) => ({ response: { kind: 'level' as const, level } });
const action = (id: string, text: string): PlanAction => ({ ...base.plan[0]!, id, text });

describe('merging two tabs’ edits to one assessment', () => {
  it.each<
    [
      string,
      (a: Assessment) => Assessment,
      (a: Assessment) => Assessment,
      (m: Assessment) => unknown,
      unknown,
    ]
  >([
    [
      'different answers: both kept',
      (a) => withAnswer(a, 'capacity.skills', lvl(1)),
      (a) => withAnswer(a, 'centralism.blockages', lvl(3)),
      (m) => [m.answers['capacity.skills']?.response, m.answers['centralism.blockages']?.response],
      [
        { kind: 'level', level: 1 },
        { kind: 'level', level: 3 },
      ],
    ],
    [
      'the same answer: this tab’s kept',
      (a) => withAnswer(a, 'capacity.skills', lvl(1)),
      (a) => withAnswer(a, 'capacity.skills', lvl(4)),
      (m) => m.answers['capacity.skills']?.response,
      { kind: 'level', level: 4 },
    ],
    [
      'an answer cleared there, untouched here: cleared',
      (a) => withAnswer(a, 'motivation.baseline', { response: null }),
      (a) => a,
      (m) => m.answers['motivation.baseline'],
      undefined,
    ],
    [
      'details changed there, an answer here: both kept',
      (a) => ({ ...a, about: { ...a.about, marking: 'none' } }),
      (a) => withAnswer(a, 'capacity.skills', lvl(2)),
      (m) => [m.about.marking, m.answers['capacity.skills']?.response],
      ['none', { kind: 'level', level: 2 }],
    ],
    [
      'targets for different themes: both kept',
      (a) => ({ ...a, targets: { ...a.targets, capacity: 2 } }),
      (a) => ({ ...a, targets: { ...a.targets, motivation: 4 } }),
      (m) => m.targets,
      { accountability: 3, capacity: 2, motivation: 4 },
    ],
    [
      'plan actions added in both: both kept, this tab’s first',
      (a) => ({ ...a, plan: [...a.plan, action('there', 'Theirs')] }),
      (a) => ({ ...a, plan: [...a.plan, action('here', 'Ours')] }),
      (m) => m.plan.map((p) => p.id),
      ['p1', 'here', 'there'],
    ],
    [
      'a plan action deleted there, edited nowhere here: deleted',
      (a) => ({ ...a, plan: [] }),
      (a) => a,
      (m) => m.plan,
      [],
    ],
  ])('%s', (_label, theirEdit, ourEdit, pick, expected) => {
    expect(pick(mergeAssessment(base, theirEdit(base), ourEdit(base)))).toEqual(expected);
  });
});
