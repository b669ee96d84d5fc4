import { renderToString } from 'react-dom/server';
import { builtInBankUrl } from '../store/built-in-bank';
import { setQuestionnaire, withBankDefaults } from '../store/questionnaire-store';
import { App } from './app';
import { preloadPage } from './routes';

/** Where the built-in bank lives, relative to the project root (`/questionnaires/….json`). */
export const bankSource = builtInBankUrl;

/**
 * The start page as the app first draws it for a browser with nothing saved, rendered at build
 * time (scripts/prerender-start.ts) into index.html, so the page is painted before any script
 * has run. It is the app itself, not a copy: the same components, the same bank. main.tsx
 * hydrates it once the bank and the library are read: the library's stores give React their
 * initial (empty) state while it hydrates, so the markup matches, and then the saved assessments
 * appear. Never imported by the app's own code.
 */
export function renderStartShell(rawBank: unknown): string {
  // The raw file, with the defaults the app's loader (loadQuestionnaire) fills in.
  setQuestionnaire(withBankDefaults(rawBank as Parameters<typeof withBankDefaults>[0]));
  return renderToString(<App />);
}

// The start page's chunk, loaded while this module is (Vite's module runner, which the build
// imports this with, closes once the import is done), so the page renders at once, not suspended.
await preloadPage('/');
