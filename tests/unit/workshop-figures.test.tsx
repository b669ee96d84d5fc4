import { cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aggregate } from '../../src/domain/aggregate';
import { addParticipants, newWorkshop, type Workshop } from '../../src/domain/workshop';
import { likelyDuplicates } from '../../src/domain/workshop-duplicates';
import { seededRandom } from '../../src/domain/workshop-letters';
import { sampleAssessments } from '../../src/domain/workshop-sample';
import { LARGE_WORKSHOP, useFigures } from '../../src/features/workshop/use-figures';
import { STAGES, useStages } from '../../src/features/workshop/workshop-figures';
import { whenDrawn } from '../../src/features/workshop/use-workshop-save';
import { fixtureBank } from '../fixtures/workshop/make';

const bank = fixtureBank();
afterEach(cleanup);

function workshopOf(n: number, seed = 7): Workshop {
  const empty = newWorkshop({ name: 'Spring', date: '2011-03-14' }, 'w1', new Date(0));
  const list = sampleAssessments(bank, n, { organisations: 19, seed });
  return addParticipants(empty, list, new Date(0), seededRandom(seed)).workshop;
}

/** What the command line works out for the same responses and settings. */
const direct = (w: Workshop) =>
  aggregate(bank, w.participants, {
    anonymise: w.anonymise,
    letters: w.letters ?? {},
    merges: w.merges ?? {},
    countBy: w.countBy ?? 'council',
  });

describe('the workshop page’s figures', () => {
  it('for a small workshop are there as the page is drawn', () => {
    const w = workshopOf(30);
    const { result } = renderHook(() => useFigures(bank, w));
    expect(result.current?.agg).toEqual(direct(w));
    expect(result.current?.suspects).toEqual(likelyDuplicates(w.participants));
  });

  it('for a large workshop come a moment after the page is drawn, and are the same figures', async () => {
    const w = workshopOf(LARGE_WORKSHOP + 50);
    const { result } = renderHook(() => useFigures(bank, w));
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(result.current?.agg).toEqual(direct(w));
    expect(result.current?.suspects).toEqual(likelyDuplicates(w.participants));
  });

  it('keep the previous figures on the page until the new state’s own are worked out', async () => {
    const before = workshopOf(LARGE_WORKSHOP + 10, 3);
    const after = workshopOf(LARGE_WORKSHOP + 40, 4);
    const { result, rerender } = renderHook(({ w }) => useFigures(bank, w), {
      initialProps: { w: before },
    });
    await waitFor(() => expect(result.current?.agg.respondents).toBe(LARGE_WORKSHOP + 10));
    rerender({ w: after });
    expect(result.current?.agg.respondents).toBe(LARGE_WORKSHOP + 10);
    await waitFor(() => expect(result.current?.agg.respondents).toBe(LARGE_WORKSHOP + 40));
    expect(result.current?.agg).toEqual(direct(after));
  });

  it('are not worked out again when what changed is not what they count (the name, a previous workshop)', async () => {
    const w = workshopOf(LARGE_WORKSHOP + 5, 5);
    const { result, rerender } = renderHook(({ w }) => useFigures(bank, w), {
      initialProps: { w },
    });
    await waitFor(() => expect(result.current).not.toBeNull());
    const first = result.current?.agg;
    rerender({ w: { ...w, name: 'Renamed' } });
    // At once, the same object: nothing was worked out again.
    expect(result.current?.agg).toBe(first);
    rerender({ w: { ...w, countBy: 'response' } });
    await waitFor(() => expect(result.current?.agg.countBy).toBe('response'));
  });

  it('never shows another workshop’s figures while a workshop’s own are worked out', async () => {
    const one = workshopOf(LARGE_WORKSHOP + 1, 8);
    const other = { ...workshopOf(LARGE_WORKSHOP + 2, 9), id: 'w2' };
    const { result, rerender } = renderHook(({ w }) => useFigures(bank, w), {
      initialProps: { w: one },
    });
    await waitFor(() => expect(result.current).not.toBeNull());
    rerender({ w: other });
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current?.agg.respondents).toBe(LARGE_WORKSHOP + 2));
  });
});

describe('saving a large workshop waits for its figures', () => {
  it('until they are drawn', async () => {
    const w = workshopOf(LARGE_WORKSHOP + 20, 11);
    let drawn = false;
    const waiting = whenDrawn(w, 10_000).then(() => {
      drawn = true;
    });
    const { result } = renderHook(() => useFigures(bank, w));
    expect(drawn).toBe(false);
    await waiting;
    expect(result.current?.agg.respondents).toBe(LARGE_WORKSHOP + 20);
  });

  it('but never past the page being left', async () => {
    const w = workshopOf(LARGE_WORKSHOP + 30, 12);
    const waiting = whenDrawn(w, 10_000);
    window.dispatchEvent(new Event('pagehide'));
    await waiting;
  });
});

function Staged({ large }: { large: boolean }) {
  const stage = useStages(large);
  return <p data-testid="stage">{stage}</p>;
}

describe('a large workshop’s sections', () => {
  it('appear a stage at a time, the first screen first', async () => {
    render(<Staged large />);
    expect(screen.getByTestId('stage')).toHaveTextContent('1');
    await waitFor(() => expect(screen.getByTestId('stage')).toHaveTextContent(String(STAGES)));
  });

  it('of a small workshop all appear at once', () => {
    render(<Staged large={false} />);
    expect(screen.getByTestId('stage')).toHaveTextContent(String(STAGES));
  });
});
