import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A text field whose value is saved elsewhere: typing is saved after a pause (`delay`), and at
 * once when the field loses focus, when the page is hidden or unloaded, and when the field goes
 * away, so nothing typed is lost. While nothing is pending the field shows the saved value, so a
 * change from another tab appears.
 */
/**
 * 100 ms: a pause between words at ordinary typing speed, so a note is written about once a word,
 * and a browser that dies just after typing stops loses at most that much (tab close, reload and
 * navigation lose nothing: pagehide saves at once).
 */
export const TEXT_SAVE_DELAY_MS = 100;

export function useDebouncedText(
  saved: string,
  commit: (value: string) => void,
  delay = TEXT_SAVE_DELAY_MS,
) {
  // Text typed but not yet saved; null when the field shows the saved value.
  const [local, setLocal] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current !== null) {
      const v = pending.current;
      pending.current = null;
      commitRef.current(v);
      setLocal(null);
    }
  }, []);

  const onChange = useCallback(
    (next: string) => {
      setLocal(next);
      pending.current = next;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);

  return { value: local ?? saved, onChange, flush };
}
