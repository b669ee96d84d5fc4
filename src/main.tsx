import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { StartupFailure } from './app/startup-failure';
import { initLibrary } from './store/library-store';
import { loadQuestionnaire } from './store/questionnaire-store';
import './styles/main.scss';

// GOV.UK Frontend styles its JavaScript-enhanced states (such as conditionally revealed fields)
// only under these classes.
document.documentElement.classList.add('govuk-template');
document.body.classList.add('govuk-template__body', 'govuk-frontend-supported');

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// The bank and the saved library are both read before any page renders, so no page has to
// handle "not loaded yet". initLibrary never rejects: storage trouble is reported in the page.
Promise.all([loadQuestionnaire(), initLibrary()]).then(
  () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: unknown) => root.render(<StartupFailure error={error} />),
);
