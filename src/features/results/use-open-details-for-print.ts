import { useEffect } from 'react';

/**
 * Opens every details element of the results while printing (the tables folded away on screen
 * belong in the printout), and closes them again afterwards. Chart data tables stay folded: the
 * charts themselves are printed.
 */
export function useOpenDetailsForPrint(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [
        ...document.querySelectorAll<HTMLDetailsElement>(
          '.app-results details:not([open]):not(.app-chart-data)',
        ),
      ];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
