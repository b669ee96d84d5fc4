import { jsPDF } from 'jspdf';
import { fastUtf8Handler, type TextPayload } from './pdf-jspdf-text';

/**
 * The one place that reaches into jsPDF's internals (with pdf-jspdf-text.ts). jsPDF runs every
 * piece of text through plugins found in its private plugin list: two right-to-left ones that do
 * nothing for the text drawn here, left out, and the "utf8" one that encodes text in the embedded
 * font, replaced by a faster one that writes the same bytes. jsPDF is pinned to one exact version
 * and tests/unit/dependency-versions.test.ts checks that the search still finds all three.
 */

type Handler = (...args: unknown[]) => unknown;
type EventHandler = [string, Handler | [Handler, boolean]];
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
/** The other postProcessText handler: jsPDF's "utf8" plugin (text to glyph codes). */
const utf8Handlers = pluginEvents
  .filter(
    ([name, h]) => name === 'postProcessText' && !rightToLeftHandlers.has(handlerOf([name, h])),
  )
  .map(handlerOf);
const utf8Handler = utf8Handlers.length === 1 ? utf8Handlers[0] : undefined;
const fastUtf8 = utf8Handler ? fastUtf8Handler(utf8Handler as (p: TextPayload) => unknown) : null;

/**
 * How many of jsPDF's right-to-left text handlers were found. The search reads jsPDF's private
 * plugin list, so jsPDF is pinned to one exact version and a test checks this is still 2.
 */
export const RIGHT_TO_LEFT_HANDLERS_FOUND = rightToLeftHandlers.size;
/** Whether jsPDF's utf8 text handler was found (and is replaced); a test checks it is. */
export const UTF8_HANDLER_FOUND = utf8Handler !== undefined;

/**
 * jsPDF passes every piece of text through an Arabic shaper and a bidirectional reorderer. Text
 * drawn here is Latin only (see pdfSafe), for which both do nothing but cost about a fifth of the
 * drawing time; and its utf8 encoder is slow for long documents (see pdf-jspdf-text.ts). Make this
 * document without the first two and with the faster encoder; jsPDF's registry is restored at once.
 */
function withFastTextProcessing(make: () => jsPDF): jsPDF {
  const saved = pluginEvents.slice();
  const replaced = saved
    .filter((e) => !rightToLeftHandlers.has(handlerOf(e)))
    .map((e): EventHandler =>
      fastUtf8 && handlerOf(e) === utf8Handler ? [e[0], fastUtf8 as Handler] : e,
    );
  pluginEvents.splice(0, pluginEvents.length, ...replaced);
  try {
    return make();
  } finally {
    pluginEvents.splice(0, pluginEvents.length, ...saved);
  }
}

/** Every report's page set-up: A4 portrait in millimetres. */
export const A4_OPTIONS = {
  unit: 'mm',
  format: 'a4',
  orientation: 'portrait',
  compress: true,
  putOnlyUsedFonts: true,
  // Coordinates to a thousandth of a point (about 0.35 µm), not jsPDF's 16 decimals: the
  // page streams are a seventh smaller, so quicker to write and to compress.
  floatPrecision: 3,
} as const;

/** A new A4 portrait document in millimetres, with the text processing above. */
export function newA4Document(): jsPDF {
  return withFastTextProcessing(() => new jsPDF(A4_OPTIONS));
}
