import { emptyCabinet } from '../../src/domain/assessment-defaults';
import { cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import bank from '../fixtures/journey/bank.json';
import type { Assessment } from '../../src/domain/assessment-schema';
import { withBankDefaults, setQuestionnaire } from '../../src/store/questionnaire-store';
import type { Questionnaire } from '../../src/domain/questionnaire-schema';

// Vitest runs without globals, so Testing Library cannot clean up by itself.
afterEach(cleanup);

export const fixtureBank: Questionnaire = withBankDefaults(
  bank as Parameters<typeof withBankDefaults>[0],
);

export function useFixtureBank(): Questionnaire {
  setQuestionnaire(fixtureBank);
  return fixtureBank;
}

/** Render a page at a path; `history` records where it navigated to. */
export function renderAt(ui: ReactElement, path: string) {
  const location = memoryLocation({ path, record: true });
  const result = render(<Router hook={location.hook}>{ui}</Router>);
  return { ...result, history: location.history };
}

export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    format: 'readiness-assessment',
    formatVersion: 2,
    id: 'a1',
    name: '',
    questionnaire: { id: fixtureBank.id, version: fixtureBank.version },
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    about: {
      organisation: 'Westshire County Council',
      respondentOrganisation: '',
      authorityType: 'county',
      role: 'officer',
      date: '2026-11-01',
      marking: 'OFFICIAL',
    },
    answers: {},
    targets: {},
    plan: [],
    settings: { hideOverall: false },
    baseline: null,
    cabinet: emptyCabinet(),
    ...overrides,
  };
}
