import { jsPDF } from 'jspdf';

/**
 * The one place that reaches into jsPDF's internals. jsPDF runs every piece of text through
 * right-to-left plugins that do nothing for the WinAnsi text drawn here; they are found in its
 * private plugin list, so jsPDF is pinned to one exact version and
 * tests/unit/dependency-versions.test.ts checks that the search still finds both.
 */

type EventHandler = [
  string,
  ((...args: unknown[]) => unknown) | [(...args: unknown[]) => unknown, boolean],
];
// jsPDF's plugin registry is not in its type definitions.
const pluginEvents = (jsPDF.API as unknown as { events: EventHandler[] }).events;
const handlerOf = (e: EventHandler) => (typeof e[1] === 'function' ? e[1] : e[1][0]);
const rightToLeftHandlers = new Set(
  pluginEvents
    .filter(
      ([name, h]) =>
        (name === 'preProcessText' &&
          handlerOf([name, h]) === (jsPDF.API as { processArabic?: unknown }).processArabic) ||
        (name === 'postProcessText' && String(handlerOf([name, h])).includes('doBidiReorder')),
    )
    .map(handlerOf),
);

/**
 * How many of jsPDF's right-to-left text handlers were found. The search reads jsPDF's private
 * plugin list, so jsPDF is pinned to one exact version and a test checks this is still 2.
 */
export const RIGHT_TO_LEFT_HANDLERS_FOUND = rightToLeftHandlers.size;

/**
 * jsPDF passes every piece of text through an Arabic shaper and a bidirectional reorderer. Text
 * drawn here is WinAnsi only (see pdfSafe), for which both do nothing but cost about a fifth of
 * the drawing time. Leave them out of this document only; jsPDF's registry is restored at once.
 */
function withoutRightToLeftProcessing(make: () => jsPDF): jsPDF {
  const saved = pluginEvents.slice();
  pluginEvents.splice(
    0,
    pluginEvents.length,
    ...saved.filter((e) => !rightToLeftHandlers.has(handlerOf(e))),
  );
  try {
    return make();
  } finally {
    pluginEvents.splice(0, pluginEvents.length, ...saved);
  }
}

/** A new A4 portrait document in millimetres, made without the right-to-left text plugins. */
export function newA4Document(): jsPDF {
  return withoutRightToLeftProcessing(
    () =>
      new jsPDF({
        unit: 'mm',
        format: 'a4',
        orientation: 'portrait',
        compress: true,
        putOnlyUsedFonts: true,
      }),
  );
}
