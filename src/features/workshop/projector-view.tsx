import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { WorkshopAggregate } from '../../domain/aggregate';
import { workshopHighlights } from '../../domain/aggregate-highlights';
import { COUNT_BY_TEXT, hiddenReason, MIN_GROUP } from '../../domain/aggregate-stats';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { ThemeBoxChart } from './theme-box-chart';
import { r, signed } from './workshop-table';
import './projector.css';

type Slide = { title: string; body: ReactNode };

/** The screens of the projector view: one figure each, in the order a workshop discusses them. */
function slides(agg: WorkshopAggregate, bank: Questionnaire, name: string): Slide[] {
  const h = workshopHighlights(bank, agg, 3);
  const by = agg.countBy;
  return [
    {
      title: name,
      body: (
        <p className="app-projector__lead">
          {agg.respondents} responses from {agg.organisations} councils. Figures count{' '}
          {COUNT_BY_TEXT[by]}; nothing is shown for a group of fewer than {MIN_GROUP}.
        </p>
      ),
    },
    {
      title: 'At a glance',
      body: (
        <ul className="app-projector__list">
          {h.strongest && h.weakest ? (
            <>
              <li>
                Strongest theme: {h.strongest.title} (median {r(h.strongest.median)})
              </li>
              <li>
                Weakest theme: {h.weakest.title} (median {r(h.weakest.median)})
              </li>
            </>
          ) : (
            <li>Too few councils with scores to compare themes.</li>
          )}
          <li>
            {h.councilVcsGap
              ? `Largest council–VCS gap: ${h.councilVcsGap.title}, ${signed(h.councilVcsGap.difference, r)} points (council minus VCS)`
              : `Council and VCS views are compared when each side has ${MIN_GROUP} or more.`}
          </li>
        </ul>
      ),
    },
    {
      title: 'Scores by theme',
      body: <ThemeBoxChart themes={agg.themes} countBy={by} highlight={null} />,
    },
    {
      title: 'Where to start the discussion',
      body:
        h.prompts.length > 0 ? (
          <ol className="app-projector__list">
            {h.prompts.map((p) => (
              <li key={p.questionId}>
                {p.text}{' '}
                <span className="app-projector__note">
                  ({p.theme}; levels {p.min} to {p.max})
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="app-projector__lead">
            No question yet has {MIN_GROUP} or more with a level.
          </p>
        ),
    },
    {
      title: 'The council’s view and the VCS’s view',
      body: (
        <table className="app-projector__table">
          <caption className="govuk-visually-hidden">
            Median theme score: council (officers and members) against VCS partners
          </caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">Council</th>
              <th scope="col">VCS</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {agg.councilVsVcs.themes.map((t) => (
              <tr key={t.themeId}>
                <th scope="row">{t.title}</th>
                <td>{t.council.stats ? r(t.council.stats.median) : hiddenReason(t.council, by)}</td>
                <td>{t.vcs.stats ? r(t.vcs.stats.median) : hiddenReason(t.vcs, by)}</td>
                <td>{t.difference === null ? '–' : signed(t.difference, r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ),
    },
  ];
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * A full-screen view for the room: one figure per screen, large type, no scrolling; the arrow keys
 * (or Page Up and Page Down, or the buttons) move between screens and Escape closes it.
 */
export function ProjectorView({
  agg,
  bank,
  name,
  onClose,
}: {
  agg: WorkshopAggregate;
  bank: Questionnaire;
  name: string;
  onClose: () => void;
}) {
  const list = slides(agg, bank, name);
  const [index, setIndex] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const last = list.length - 1;
  useEffect(() => {
    box.current?.focus();
  }, [index]);
  const onKey = (e: KeyboardEvent) => {
    if (NEXT.has(e.key)) setIndex((i) => Math.min(last, i + 1));
    else if (PREVIOUS.has(e.key)) setIndex((i) => Math.max(0, i - 1));
    else if (e.key === 'Home') setIndex(0);
    else if (e.key === 'End') setIndex(last);
    else if (e.key === 'Escape') onClose();
    else return;
    e.preventDefault();
  };
  const slide = list[index] as Slide;
  return (
    <div
      className="app-projector"
      role="dialog"
      aria-modal="true"
      aria-labelledby="projector-title"
      aria-describedby="projector-keys"
      tabIndex={-1}
      ref={box}
      onKeyDown={onKey}
      data-testid="projector"
    >
      <div className="app-projector__slide" data-testid="projector-slide">
        <h2 className="app-projector__title" id="projector-title">
          {slide.title}
        </h2>
        <div className="app-projector__body">{slide.body}</div>
      </div>
      <div className="app-projector__bar">
        <p className="app-projector__count" aria-live="polite">
          Screen {index + 1} of {list.length}
        </p>
        <p className="govuk-visually-hidden" id="projector-keys">
          Use the arrow keys to move between screens and Escape to close.
        </p>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={index === 0}
          onClick={() => setIndex(index - 1)}
        >
          Previous
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={index === last}
          onClick={() => setIndex(index + 1)}
        >
          Next
        </button>
        <button type="button" className="govuk-button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
