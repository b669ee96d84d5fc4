/**
 * Move focus to an element that is not normally focusable (a heading, a fieldset) without adding
 * it to the tab order, as the GOV.UK Design System does after navigation and for error summaries.
 */
export function focusElement(el: HTMLElement | null, options: { scroll?: boolean } = {}): boolean {
  if (!el) return false;
  if (!el.hasAttribute('tabindex') && !isNativelyFocusable(el)) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: options.scroll === false });
  return document.activeElement === el;
}

function isNativelyFocusable(el: HTMLElement): boolean {
  return el.matches('a[href], button, input, select, textarea, summary, [contenteditable="true"]');
}

/** Focus a form field by id from an error summary link, scrolling its label into view. */
export function focusField(id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  const label =
    document.querySelector(`label[for="${CSS.escape(id)}"]`) ??
    field.closest('fieldset')?.querySelector('legend');
  field.focus({ preventScroll: true });
  ((label as HTMLElement | null) ?? field).scrollIntoView?.({ block: 'start' });
}
