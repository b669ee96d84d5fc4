import { describe, expect, it } from 'vitest';
import {
  describeChartRow,
  heatTable,
  themeChartRows,
  themeExtremes,
} from '../../src/domain/chart-data';
import { effectiveTargets, scoreAssessment } from '../../src/domain/scoring';
import {
  assessmentWith,
  dontKnow,
  level,
  notApplicable,
  resultsBank,
} from '../fixtures/results-bank';

describe('themeChartRows', () => {
  const answers = {
    'people.one': level(4),
    'people.two': level(1),
    'people.three': dontKnow,
    'places.one': notApplicable,
    'places.two': dontKnow,
    'power.one': level(3),
    'power.two': level(2),
  };
  const result = scoreAssessment(resultsBank, assessmentWith(answers));

  it('draws each theme once, in bank order, with its rounded score', () => {
    const rows = themeChartRows(result, { people: 3, places: 1, power: 4 });
    expect(rows.map((r) => r.themeId)).toEqual(['people', 'places', 'power']);
    // people: (4 + 2×1) / (4 + 2×4) = 6/12 = 50; power: 5/8 = 62.5 → 63
    expect(rows.map((r) => r.score)).toEqual([50, 0, 63]);
  });

  it('marks a theme without levels as having no score rather than a real zero', () => {
    const [, places] = themeChartRows(result, { people: 3, places: 1, power: 4 });
    expect(places).toMatchObject({ hasScore: false, band: null, score: 0 });
    expect(describeChartRow(places!)).toBe('Places: no score, target 20');
  });

  it.each([
    [0, 0],
    [1, 20],
    [2, 40],
    [3, 60],
    [4, 80],
  ] as const)(
    'draws target band %s at its lower bound, %s, on the 0-100 scale',
    (targetLevel, drawn) => {
      const [people] = themeChartRows(result, { people: targetLevel, places: 1, power: 1 });
      expect(people).toMatchObject({ targetLevel, target: drawn });
    },
  );

  it('carries the band and provisional mark from the scoring result', () => {
    const [people, , power] = themeChartRows(result, effectiveTargets(result, {}));
    // people: 2 of 3 questions have a level (67%), power 2 of 2
    expect(people).toMatchObject({ band: 'Developing', provisional: false });
    expect(power).toMatchObject({ band: 'Established', provisional: false });
    expect(describeChartRow(power!)).toBe('Power: 63 (Established), target 80');
  });

  it('describes a provisional theme as provisional', () => {
    const thin = scoreAssessment(resultsBank, assessmentWith({ 'people.one': level(2) }));
    const [people] = themeChartRows(thin, { people: 3, places: 1, power: 1 });
    expect(people?.provisional).toBe(true);
    expect(describeChartRow(people!)).toBe('People: 50 (Developing, provisional), target 60');
  });
});

describe('heatTable', () => {
  const table = heatTable(resultsBank, {
    'people.one': level(0),
    'people.two': dontKnow,
    'places.one': notApplicable,
    'power.two': level(4),
  });

  it('has a row per theme and as many columns as the longest theme', () => {
    expect(table.rows.map((r) => r.themeId)).toEqual(['people', 'places', 'power']);
    expect(table.columns).toBe(3);
    expect(table.rows.map((r) => r.cells.length)).toEqual([3, 2, 2]);
  });

  it.each([
    ['people.one', 'level', '0', 'Not in place'],
    ['people.two', 'dont-know', '?', "Don't know"],
    ['people.three', 'unanswered', '–', 'Not answered'],
    ['places.one', 'not-applicable', 'N/A', 'Not applicable'],
    ['power.two', 'level', '4', 'Leading'],
  ])('shows %s as %s with the text "%s" and label "%s"', (questionId, state, short, label) => {
    const cell = table.rows.flatMap((r) => r.cells).find((c) => c.questionId === questionId);
    expect(cell).toMatchObject({ state, short, label });
  });

  it('numbers questions within their theme', () => {
    expect(table.rows[1]?.cells.map((c) => c.position)).toEqual([1, 2]);
  });
});

describe('themeExtremes', () => {
  it('names the highest and lowest scoring themes, leaving out themes with no score', () => {
    const result = scoreAssessment(
      resultsBank,
      assessmentWith({ 'people.one': level(1), 'places.one': dontKnow, 'power.one': level(4) }),
    );
    const { strongest, weakest } = themeExtremes(result);
    expect(strongest.map((t) => t.themeId)).toEqual(['power']);
    expect(weakest.map((t) => t.themeId)).toEqual(['people']);
  });

  it('keeps tied themes together', () => {
    const result = scoreAssessment(
      resultsBank,
      assessmentWith({ 'people.one': level(3), 'places.one': level(3), 'power.one': level(1) }),
    );
    expect(themeExtremes(result).strongest.map((t) => t.themeId)).toEqual(['people', 'places']);
  });

  it('calls a lone scored theme neither strongest nor weakest', () => {
    const result = scoreAssessment(resultsBank, assessmentWith({ 'people.one': level(4) }));
    expect(themeExtremes(result)).toEqual({ strongest: [], weakest: [] });
  });

  it('calls nothing weakest when every scored theme is level', () => {
    const result = scoreAssessment(
      resultsBank,
      assessmentWith({ 'people.one': level(2), 'power.one': level(2) }),
    );
    expect(themeExtremes(result)).toMatchObject({ weakest: [] });
    expect(themeExtremes(result).strongest).toHaveLength(2);
  });
});
