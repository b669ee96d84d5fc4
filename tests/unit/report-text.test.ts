import { describe, expect, it } from 'vitest';
import { parseMarkdownNote, plainInline } from '../../src/domain/report-markdown';
import { labelPlacement, radarPoint } from '../../src/domain/report-radar';
import { readingOf, type ReadingTheme } from '../../src/domain/report-reading';
import { joinAnd } from '../../src/domain/report-text';
import { pdfSafe } from '../../src/report/pdf-text';

const t = (
  title: string,
  score: number | null,
  band: ReadingTheme['band'],
  targetScore: number,
  extra: Partial<ReadingTheme> = {},
): ReadingTheme => ({
  title,
  score,
  band,
  provisional: false,
  targetScore,
  targetText: String(targetScore),
  previous: null,
  ...extra,
});

describe('plain-English reading of the results', () => {
  it.each([
    [
      'no theme has a score',
      [t('A', null, null, 25), t('B', null, null, 25)],
      ['No question has been answered with a level yet, so no theme has a score.'],
    ],
    [
      'strongest and weakest, all below target',
      [
        t('Accountability', 69, 'Established', 75),
        t('Capacity', 35, 'Emerging', 75),
        t('Centralism', 46, 'Developing', 50),
      ],
      [
        'Northmoor is strongest on Accountability (Established, 69) and weakest on Capacity (Emerging, 35).',
        'Every scored theme is below its target level. The widest gap is in Capacity: a score of 35 against a target of 75.',
      ],
    ],
    [
      'ties are named together; some themes at target',
      [t('A', 80, 'Leading', 75), t('B', 80, 'Leading', 100), t('C', 20, 'Emerging', 50)],
      [
        'Northmoor is strongest on A (Leading, 80) and B (Leading, 80) and weakest on C (Emerging, 20).',
        '2 themes are below target: B and C. The widest gap is in C: a score of 20 against a target of 50.',
      ],
    ],
    [
      'every theme at the same score and at target',
      [t('A', 50, 'Developing', 50), t('B', 50, 'Developing', 50)],
      [
        'All 2 scored themes have the same score (50, Developing).',
        'Every scored theme has reached its target level.',
      ],
    ],
    [
      'provisional and unscored themes are named',
      [
        t('A', 50, 'Developing', 75, { provisional: true }),
        t('B', 60, 'Established', 100),
        t('C', null, null, 25),
      ],
      [
        'Northmoor is strongest on B (Established, 60) and weakest on A (Developing, 50).',
        'Every scored theme is below its target level. The widest gap is in B: a score of 60 against a target of 100.',
        'The result for A is provisional, because fewer than 60% of the questions were answered with a level.',
        'C has no score yet: none of its questions was answered with a level.',
      ],
    ],
  ])('%s', (_name, themes, expected) => {
    const lines = readingOf('Northmoor', themes, 0, 0, null);
    expect(lines.slice(0, -1)).toEqual(expected);
    expect(lines.at(-1)).toBe('There are no critical gaps.');
  });

  it.each([
    [0, 0, ['There are no critical gaps.']],
    [
      1,
      0,
      [
        'There is 1 critical gap: a question where a low level is a risk in itself, answered at level 0 or 1. It comes first in the priorities.',
      ],
    ],
    [
      3,
      1,
      [
        'There are 3 critical gaps: questions where a low level is a risk in itself, answered at level 0 or 1. They come first in the priorities.',
        '1 question was answered “Don’t know”; finding out the answers would make the results firmer.',
      ],
    ],
  ])('%i critical and %i evidence gaps', (critical, evidence, expected) => {
    expect(readingOf('X', [t('A', null, null, 25)], critical, evidence, null).slice(1)).toEqual(
      expected,
    );
  });

  it('says which themes improved or fell back since the previous assessment', () => {
    const lines = readingOf(
      'X',
      [
        t('A', 60, 'Established', 100, { previous: { score: 40 } }),
        t('B', 30, 'Emerging', 50, { previous: { score: 45 } }),
        t('C', 50, 'Developing', 75, { previous: { score: 50 } }),
      ],
      0,
      0,
      '2025-04-01',
    );
    expect(lines.at(-1)).toBe(
      'Since the previous assessment on 1 April 2025, A improved and B fell back.',
    );
  });
});

describe('formatting', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('joinAnd(%j)', (items, text) => expect(joinAnd(items)).toBe(text));
});

describe('source notes in Markdown', () => {
  it('takes the first level-1 heading as the title and keeps headings, paragraphs and bullets', () => {
    const note = parseMarkdownNote(
      '# Title\n\n## What it is\n\nA **bold** claim,\nwrapped over [two lines](https://example.org).\n\n- one\n- two\n  continued\n\n## Cited by\n\n- a.b\n',
    );
    expect(note.title).toBe('Title');
    expect(note.blocks).toEqual([
      { kind: 'heading', text: 'What it is' },
      { kind: 'paragraph', text: 'A bold claim, wrapped over two lines (https://example.org).' },
      { kind: 'bullets', items: ['one', 'two continued'] },
      { kind: 'heading', text: 'Cited by' },
      { kind: 'bullets', items: ['a.b'] },
    ]);
  });

  it.each([
    ['*emphasis* and _more_', 'emphasis and more'],
    ['`code`', 'code'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['[https://x.org](https://x.org)', 'https://x.org'],
  ])('plainInline(%s)', (md, text) => expect(plainInline(md)).toBe(text));
});

describe('text for the embedded report font (Latin-1, Latin Extended-A and -B)', () => {
  it.each([
    ['£141m ‘single’ “double” – — … • café', '£141m ‘single’ “double” – — … • café'],
    ['score ≥ 60 → Established', 'score >= 60 -> Established'],
    ['10 − 3', '10 - 3'],
    ['Łódź Wałęsa Cymraeg ŵ ŷ Tŷ Gŵyr', 'Łódź Wałęsa Cymraeg ŵ ŷ Tŷ Gŵyr'],
    ['Greek αβγ', 'Greek ???'],
    ['tab\there', 'tab    here'],
    ['emoji 🙂 here', 'emoji ? here'],
    ['zero\u200bwidth', 'zerowidth'],
    ['line\r\nbreak', 'line\nbreak'],
  ])('pdfSafe(%j) is %j', (input, output) => expect(pdfSafe(input)).toBe(output));
});

describe('radar geometry', () => {
  it('puts the first axis straight up and goes clockwise', () => {
    const top = radarPoint(0, 4, 100, 50, 50, 10);
    const right = radarPoint(1, 4, 100, 50, 50, 10);
    expect(top.x).toBeCloseTo(50);
    expect(top.y).toBeCloseTo(40);
    expect(right.x).toBeCloseTo(60);
    expect(right.y).toBeCloseTo(50);
    expect(radarPoint(0, 4, 50, 50, 50, 10).y).toBeCloseTo(45);
  });

  it('aligns labels away from the chart', () => {
    expect(labelPlacement(0, 4, 0, 0, 10, 2)).toMatchObject({ align: 'center', valign: 'bottom' });
    expect(labelPlacement(1, 4, 0, 0, 10, 2)).toMatchObject({ align: 'left', valign: 'middle' });
    expect(labelPlacement(3, 4, 0, 0, 10, 2)).toMatchObject({ align: 'right', valign: 'middle' });
  });
});
