/**
 * The start page is in index.html before any script runs (scripts/prerender-start.ts), and React
 * replaces it with its own, identical render once the bank and the library are read. A click on
 * one of its buttons in between (such as "Try the example assessment", or the Menu button on a
 * phone), or the focus a keyboard user has moved into it, would be lost with the replaced
 * elements: this hands them over to React's copies, found by their place among the page's
 * buttons and focusable elements, which the two renders share.
 */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

export function holdShellInput(container: HTMLElement): { handOver: () => void } {
  let clicked: number | null = null;
  let focused: number | null = null;
  let done = false;
  const buttons = () => [...container.querySelectorAll('button')];
  const focusables = () => [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button) clicked = buttons().indexOf(button);
  };
  const onFocusIn = (event: FocusEvent) => {
    const index = focusables().indexOf(event.target as HTMLElement);
    focused = index >= 0 ? index : null;
  };
  const onFocusOut = (event: FocusEvent) => {
    // Focus moved to something outside the page (not lost with a replaced element).
    if (event.relatedTarget instanceof Node && !container.contains(event.relatedTarget))
      focused = null;
  };
  container.addEventListener('click', onClick, true);
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  return {
    /** Call once React's first render is committed; later calls do nothing. */
    handOver() {
      if (done) return;
      done = true;
      container.removeEventListener('click', onClick, true);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
      const lost = !document.activeElement || document.activeElement === document.body;
      // Focus first, so that a replayed click that moves focus (as the example's choice does) wins.
      if (focused !== null && lost) focusables()[focused]?.focus();
      if (clicked !== null) buttons()[clicked]?.click();
    },
  };
}
