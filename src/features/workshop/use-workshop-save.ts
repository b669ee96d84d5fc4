import { useCallback, useState } from 'react';
import type { Workshop } from '../../domain/workshop';
import { workshopStore } from '../../store/workshop-store';
import { figuresDrawn, forgetDrawn } from './use-figures';

const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Resolves once the figures of this state of the workshop are painted, when the page is being
 * hidden or left (nothing may wait on a page about to go), or after `maxMs`, whichever is first.
 */
export function whenDrawn(w: Workshop, maxMs: number): Promise<void> {
  const drawn = figuresDrawn(w).then(afterPaint);
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', finish);
      window.removeEventListener('pagehide', finish);
      forgetDrawn(w);
      resolve();
    };
    const timer = setTimeout(finish, maxMs);
    document.addEventListener('visibilitychange', finish);
    window.addEventListener('pagehide', finish);
    void drawn.then(finish);
  });
}

/**
 * The workshop on the page and its saving. A change is on the page at once; writing it copies the
 * whole workshop on this thread (a tenth of a second for 2,000 responses), so it waits until the
 * new figures are drawn (at most a second and a half, and never past the page being hidden).
 * `save` resolves to false when the workshop is kept on the page but not written (the alert says so).
 */
export function useWorkshopSave(show: (next: Workshop) => void) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const save = useCallback(
    async (next: Workshop): Promise<boolean> => {
      show(next);
      await whenDrawn(next, 1500);
      try {
        const written = await workshopStore.save(next);
        setSaveError(null);
        return written;
      } catch (e) {
        setSaveError(e instanceof Error ? e.message : String(e));
        return false;
      }
    },
    [show],
  );
  return { save, saveError };
}
