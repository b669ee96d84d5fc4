import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { focusElement } from '../components/focus';
import { SkipLink } from '../components/skip-link';
import { SERVICE_NAME } from '../components/use-page-title';
import { href, paths } from '../routes/paths';
import { StorageStatus } from './storage-status';
import { UpdateNotice } from '../components/update-notice';

/**
 * After a route change, move focus to the new page's main heading (or to an element the page
 * marks with `data-autofocus`, such as the question a change link points at), as a full page
 * load would. Pages load lazily, so wait briefly for the heading to appear. Not on first load.
 */
function useFocusOnNavigation(location: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let frame = 0;
    const started = performance.now();
    const tryFocus = () => {
      const main = document.getElementById('main-content');
      const target =
        main?.querySelector<HTMLElement>('[data-autofocus]') ??
        main?.querySelector<HTMLElement>('h1');
      if (target) {
        focusElement(target);
        if (!target.hasAttribute('data-autofocus')) window.scrollTo(0, 0);
        return;
      }
      if (performance.now() - started < 3000) frame = requestAnimationFrame(tryFocus);
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [location]);
}

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  useFocusOnNavigation(location);
  return (
    <>
      <SkipLink />
      <header>
        <div className="govuk-header">
          <div className="govuk-header__container govuk-width-container">
            <div className="govuk-header__content">
              <a
                href={href(paths.start())}
                className="govuk-header__link govuk-header__service-name"
              >
                {SERVICE_NAME}
              </a>
            </div>
          </div>
        </div>
        <Navigation location={location} />
        <div className="govuk-width-container">
          <div className="govuk-phase-banner">
            <p className="govuk-phase-banner__content">
              <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
              <span className="govuk-phase-banner__text">
                Your answers are kept only in this browser on this device.{' '}
                <a className="govuk-link" href={href(paths.privacy())}>
                  Where your data is kept
                </a>
              </span>
            </p>
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <StorageStatus />
          <UpdateNotice />
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">Support links</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={href(paths.accessibility())}>
                    Accessibility statement
                  </a>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={href(paths.privacy())}>
                    Privacy and where your data is kept
                  </a>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={href(paths.scoring())}>
                    How scoring works
                  </a>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={href(paths.assessments())}>
                    Saved assessments
                  </a>
                </li>
              </ul>
              <p className="govuk-body-s">
                {SERVICE_NAME} runs entirely in your browser. Nothing you enter is sent anywhere.
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}

const NAV_ITEMS = [
  { label: 'Start', to: paths.start() },
  { label: 'Saved assessments', to: paths.assessments() },
  { label: 'Import a file', to: paths.importFiles() },
  { label: 'Workshops', to: paths.workshops() },
];

/**
 * The service's navigation. On a phone the links fold behind a "Menu" button (as GOV.UK's service
 * navigation does), so they never wrap onto extra lines or push the page sideways; from tablet
 * width up they are always shown and the button is hidden.
 */
function Navigation({ location }: { location: string }) {
  const [open, setOpen] = useState(false);
  const [shownFor, setShownFor] = useState(location);
  // A new page closes the menu (set during render, as React advises for state that follows a prop).
  if (shownFor !== location) {
    setShownFor(location);
    setOpen(false);
  }
  return (
    <nav aria-label="Menu" className="app-navigation">
      <div className="govuk-width-container">
        <button
          type="button"
          className="app-navigation__toggle"
          aria-controls="app-navigation-list"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          Menu
        </button>
        <ul
          id="app-navigation-list"
          className={`app-navigation__list${open ? ' app-navigation__list--open' : ''}`}
        >
          {NAV_ITEMS.map((item) => {
            const active = item.to === '/' ? location === '/' : location.startsWith(item.to);
            return (
              <li
                key={item.to}
                className={`app-navigation__item${active ? ' app-navigation__item--active' : ''}`}
              >
                <a
                  className="govuk-link govuk-link--no-visited-state app-navigation__link"
                  href={href(item.to)}
                  aria-current={active ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
