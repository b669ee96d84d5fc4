import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Cell, Row, RowHeader, Table } from '../../src/components/table';
import { ThemeScoreTable } from '../../src/components/theme-score-table';
import type { ThemeScoreRow } from '../../src/domain/theme-scores';

afterEach(cleanup);

function scoresTable(scroll?: boolean | string) {
  return render(
    <Table
      caption="Scores"
      captionSize="m"
      columns={['Theme', { header: 'Score', numeric: true }]}
      scroll={scroll}
      testId="scores"
    >
      <Row>
        <RowHeader>Capacity</RowHeader>
        <Cell numeric data-field="score">
          40
        </Cell>
      </Row>
    </Table>,
  );
}

describe('Table', () => {
  it('names the table by its caption, with the GOV.UK caption size', () => {
    scoresTable();
    const table = screen.getByRole('table', { name: 'Scores' });
    expect(table).toHaveProperty('className', 'govuk-table');
    expect(table.querySelector('caption')?.className).toBe(
      'govuk-table__caption govuk-table__caption--m',
    );
    expect(table.dataset.testid).toBe('scores');
  });

  it('gives column headers scope="col", right-aligns numeric ones, and row headers scope="row"', () => {
    scoresTable();
    const [theme, score] = screen.getAllByRole('columnheader');
    expect(theme?.getAttribute('scope')).toBe('col');
    expect(theme?.className).toBe('govuk-table__header');
    expect(score?.className).toBe('govuk-table__header govuk-table__header--numeric');
    const row = screen.getByRole('rowheader', { name: 'Capacity' });
    expect(row.getAttribute('scope')).toBe('row');
    expect(row.className).toBe('govuk-table__header');
    const cell = screen.getByRole('cell', { name: '40' });
    expect(cell.className).toBe('govuk-table__cell govuk-table__cell--numeric');
    expect(cell.dataset.field).toBe('score');
  });

  it('has no scrolling box unless asked', () => {
    scoresTable();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('scrolls a wide table in a focusable region named by its caption', () => {
    scoresTable(true);
    const region = screen.getByRole('region', { name: 'Scores' });
    expect(region.className).toBe('app-table-scroll');
    expect(region.tabIndex).toBe(0);
    expect(within(region).getByRole('table', { name: 'Scores' })).toBeTruthy();
  });

  it('names the scrolling region with its own words when given them', () => {
    scoresTable('Scores by theme');
    const region = screen.getByRole('region', { name: 'Scores by theme' });
    expect(region.getAttribute('aria-label')).toBe('Scores by theme');
    expect(region.tabIndex).toBe(0);
  });
});

const row = (over: Partial<ThemeScoreRow>): ThemeScoreRow => ({
  id: 'capacity',
  title: 'Capacity',
  score: 62.5,
  scoreLabel: '63',
  band: 'Established',
  bandLabel: 'Established',
  provisional: false,
  coverage: 0.5,
  answeredWithLevel: 4,
  total: 8,
  target: 4,
  targetText: 'Leading (80 or more)',
  targetScore: 80,
  ...over,
});

describe('ThemeScoreTable', () => {
  const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent);

  it('has theme, score, band and target columns, with coverage where asked', () => {
    render(<ThemeScoreTable rows={[row({})]} caption="Theme scores" />);
    expect(headers()).toEqual(['Theme', 'Score', 'Band', 'Target']);
    cleanup();
    render(<ThemeScoreTable rows={[row({})]} caption="Theme scores" coverage />);
    expect(headers()).toEqual(['Theme', 'Score', 'Band', 'Coverage', 'Target']);
    const coverage = screen.getAllByRole('cell')[2];
    expect(coverage?.dataset.field).toBe('coverage');
    expect(coverage?.textContent).toBe('50% (4 of 8)');
  });

  it('writes each theme’s figures from the row, and links the theme where asked', () => {
    render(
      <ThemeScoreTable
        rows={[row({}), row({ id: 'motivation', title: 'Motivation', provisional: true })]}
        caption="Theme scores"
        themeHref={(id) => `#/theme/${id}`}
      />,
    );
    const capacity = screen.getByRole('row', { name: /^Capacity/ });
    expect(capacity.dataset.theme).toBe('capacity');
    expect(within(capacity).getByRole('link', { name: 'Capacity' }).getAttribute('href')).toBe(
      '#/theme/capacity',
    );
    expect(
      within(capacity)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['63', 'Established', 'Leading (80 or more)']);
    const motivation = screen.getByRole('row', { name: /^Motivation/ });
    expect(within(motivation).getAllByRole('cell')[1]?.textContent).toBe(
      'Established (provisional)',
    );
  });

  it('marks a provisional score with a tag where asked', () => {
    render(
      <ThemeScoreTable rows={[row({ provisional: true })]} caption="Theme scores" provisionalTag />,
    );
    const band = screen.getAllByRole('cell')[1];
    expect(band?.querySelector('.govuk-tag')?.textContent).toBe('Provisional');
  });
});
