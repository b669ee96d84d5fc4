import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { WorkshopAggregate } from '../../domain/aggregate';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import type { WorkshopChange } from '../../domain/workshop-change';
import { slides, type Slide } from './projector-slides';
import './projector.css';

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
  change,
  onClose,
}: {
  agg: WorkshopAggregate;
  bank: Questionnaire;
  name: string;
  change: WorkshopChange | null;
  onClose: () => void;
}) {
  const list = useMemo(() => slides(agg, bank, name, change), [agg, bank, name, change]);
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
