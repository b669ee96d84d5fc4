import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadPage } from './app/routes';
import { holdShellInput } from './app/shell-handover';
import { SHELL_HIDDEN_CLASS } from './app/start-shell-gate';
import { StartupFailure } from './app/startup-failure';
import { enforceStoredRules, initLibrary } from './store/library-store';
import { loadQuestionnaire } from './store/questionnaire-store';
import './styles/main.scss';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// index.html carries the start page, prerendered at build time (scripts/prerender-start.ts). At
// any other address its gate script has hidden it before the first paint: empty it, so the page
// stays blank until its own first render, as it would without the prerender.
if (document.documentElement.classList.contains(SHELL_HIDDEN_CLASS)) {
  container.replaceChildren();
  document.documentElement.classList.remove(SHELL_HIDDEN_CLASS);
}
const prerendered = container.hasChildNodes();
const shellInput = holdShellInput(container);

/** wouter's hash location: `#/a/x1/results` → `/a/x1/results`, and '' or '#/' → `/`. */
const location = '/' + window.location.hash.replace(/^#?\/?/, '').split('?')[0];

/** After the next paint, when the browser is idle (half a second later where it cannot say). */
const whenIdle = (work: () => void) =>
  'requestIdleCallback' in window
    ? requestIdleCallback(work, { timeout: 2000 })
    : setTimeout(work, 500);

// The bank, the saved library and the page of this address are all read before any page renders,
// so no page has to handle "not loaded yet" and the first render is the page itself (never a
// "Loading…" in place of the prerendered start page). initLibrary never rejects: storage trouble
// is reported in the page.
Promise.all([loadQuestionnaire(), initLibrary(), preloadPage(location)]).then(
  () => {
    const app = (
      <StrictMode>
        <App onPageShown={shellInput.handOver} />
      </StrictMode>
    );
    // The prerendered start page is hydrated: React keeps its elements (nothing is redrawn, and
    // what the user is doing with them carries on) and adds the saved assessments. Hydration
    // yields to the browser every few milliseconds, and so does a first render as a transition,
    // instead of holding the main thread in one long task.
    if (prerendered) hydrateRoot(container, app);
    else startTransition(() => createRoot(container).render(app));
    // The full file rules for stored assessments need the schema chunk: fetched once the page is
    // drawn, so it never delays it.
    whenIdle(() => void enforceStoredRules());
  },
  (error: unknown) => createRoot(container).render(<StartupFailure error={error} />),
);
