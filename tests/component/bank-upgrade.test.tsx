import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import realBank from '../../questionnaires/big-society-readiness.json';
import oldBankJson from '../fixtures/questionnaires/big-society-readiness-1.0.0.json';
import oldExample from '../fixtures/bank-upgrade/example-council-1.0.0.json';
import { restoreAssessment } from '../../src/domain/assessment-file';
import { RATING_RULE } from '../../src/domain/rating-rule';
import { allQuestions, type Questionnaire } from '../../src/domain/questionnaire-schema';
import { ThemePage } from '../../src/features/questionnaire/theme-page';
import { TaskListPage } from '../../src/features/questionnaire/task-list-page';
import { ScoringPage } from '../../src/features/scoring/scoring-page';
import { library } from '../../src/store/library-store';
import { setQuestionnaire, withBankDefaults } from '../../src/store/questionnaire-store';
import { renderAt } from './journey-helpers';

type Raw = Parameters<typeof withBankDefaults>[0];
const bank: Questionnaire = withBankDefaults(realBank as unknown as Raw);
const oldBank: Questionnaire = withBankDefaults(oldBankJson as unknown as Raw);
const newIn2 = allQuestions(bank).filter((q) => q.since === '2.0.0');
const oldId = oldExample.id;

beforeEach(() => {
  setQuestionnaire(bank);
});

describe('the rating rule', () => {
  it.each(bank.themes.map((t) => [t.id] as const))(
    'is shown once near the top of the %s theme page, before the first question',
    (themeId) => {
      const restored = restoreAssessment(oldExample, oldBank);
      if (!restored.ok) throw new Error('fixture');
      library.addAssessments([restored.value.assessment]);
      renderAt(<ThemePage params={{ id: oldId, themeId }} />, `/a/${oldId}/theme/${themeId}`);
      const rules = screen.getAllByTestId('rating-rule');
      expect(rules).toHaveLength(1);
      expect(rules[0]).toHaveTextContent(RATING_RULE);
      const firstQuestion = screen.getAllByRole('group')[0]!;
      expect(
        rules[0]!.compareDocumentPosition(firstQuestion) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
      expect(within(rules[0]!).getByText(/means more than half/)).toBeInTheDocument();
    },
  );

  it('is shown on How scoring works, with the rules for critical questions and weights', () => {
    renderAt(<ScoringPage />, '/scoring');
    expect(screen.getByTestId('rating-rule')).toHaveTextContent(RATING_RULE);
    expect(screen.getByTestId('critical-rule')).toHaveTextContent(bank.criticalRule!);
    expect(screen.getByTestId('weight-rule')).toHaveTextContent(bank.weightRule!);
  });
});

describe('a stored assessment made with bank 1.0.0', () => {
  beforeEach(async () => {
    await library.init();
    library.removeAssessment(oldId);
    const restored = restoreAssessment(oldExample, oldBank);
    if (!restored.ok) throw new Error('fixture');
    library.addAssessments([restored.value.assessment]);
    await library.flush();
    await library.init(); // read back from storage, as on the next visit
  });

  it('opens with unchanged answers kept and the new questions listed to answer', async () => {
    const before = library.useStore.getState().assessments[oldId]!;
    expect(before.answers['strategic-planning.vcs-trust']).toBeDefined();
    renderAt(<TaskListPage params={{ id: oldId }} />, `/a/${oldId}/tasks`);

    const banner = screen.getByRole('region', { name: 'Important' });
    expect(banner).toHaveTextContent(
      `${newIn2.length} questions to answer for version 2.0.0 of the question bank`,
    );
    expect(banner).toHaveTextContent('This assessment was made with version 1.0.0');
    const links = within(banner).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(newIn2.map((q) => q.text));
    expect(links[0]).toHaveAttribute(
      'href',
      `#/a/${oldId}/theme/${newIn2[0]!.id.split('.')[0]}/${newIn2[0]!.id}`,
    );

    await waitFor(() =>
      expect(
        library.useStore.getState().assessments[oldId]?.answers['strategic-planning.vcs-trust'],
      ).toBeUndefined(),
    );
    const after = library.useStore.getState().assessments[oldId]!;
    expect(after.answers['capacity.funding-exposure']).toEqual(
      before.answers['capacity.funding-exposure'],
    );
    expect(after.questionnaire.version).toBe('1.0.0');
    await library.flush();
    await library.init();
    expect(
      library.useStore.getState().assessments[oldId]?.answers['strategic-planning.vcs-trust'],
    ).toBeUndefined();
  });

  it('shows no notice for an assessment made with the current bank', () => {
    const current = {
      ...library.useStore.getState().assessments[oldId]!,
      id: 'current',
      questionnaire: { id: bank.id, version: bank.version },
    };
    library.addAssessments([current]);
    renderAt(<TaskListPage params={{ id: 'current' }} />, '/a/current/tasks');
    expect(screen.queryByText(/to answer for version/)).toBeNull();
  });
});
