import { memo, startTransition, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { WorkshopAggregate } from '../../domain/aggregate';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import type { Workshop } from '../../domain/workshop';
import type { WorkshopChange } from '../../domain/workshop-change';
import { ProjectorView } from './projector-view';
import { Notices } from './workshop-notices';
import { HeatMapSection } from './workshop-heatmap';
import { ThemeBoxChart } from './theme-box-chart';
import { chosenScores, CompareSection as Compare } from './workshop-compare';
import { WorkshopDownloads } from './workshop-downloads';
import { PreviousWorkshopSection } from './previous-workshop';
import { Contents } from './workshop-contents';
import { AtAGlance as Glance } from './workshop-glance';
import * as sections from './workshop-sections';
import { LARGE_WORKSHOP } from './use-figures';

// The sections only change with the figures; memo keeps progress updates and the compare choice
// from rebuilding every table of a large workshop.
const ThemeTable = memo(sections.ThemeTable);
const ResponsesTable = memo(sections.ResponsesTable);
const DisagreementSection = memo(sections.DisagreementSection);
const RoleSection = memo(sections.RoleSection);
const HeatMap = memo(HeatMapSection);
const CompareSection = memo(Compare);
const Downloads = memo(WorkshopDownloads);
const BoxChart = memo(ThemeBoxChart);
const AtAGlance = memo(Glance);

/** The steps in which a large workshop's figures first appear: the first screen, then the rest. */
export const STAGES = 5;

const afterPaint = (then: () => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

/**
 * How many stages to draw. When a large workshop's figures first appear, the first screen (the
 * summary, at a glance and the theme chart) is drawn and painted first, then one section after
 * another, each after a paint: drawing and laying out every table of 2,000 responses in one go
 * would hold up the page for longer than a frame should take.
 */
export function useStages(large: boolean): number {
  const [stage, setStage] = useState(large ? 1 : STAGES);
  useEffect(() => {
    if (stage >= STAGES) return;
    return afterPaint(() => startTransition(() => setStage((s) => Math.min(STAGES, s + 1))));
  }, [stage]);
  return stage;
}

/** The workshop's figures, from "At a glance" to the downloads; `upload` is the add-files field. */
export function WorkshopFigures({
  workshop,
  agg,
  bank,
  suspects,
  change,
  upload,
  onChange,
  onPreviousError,
}: {
  workshop: Workshop;
  agg: WorkshopAggregate;
  bank: Questionnaire;
  suspects: number[][];
  change: WorkshopChange | null;
  upload: ReactNode;
  onChange: (next: Workshop) => void;
  onPreviousError: (failed: boolean) => void;
}) {
  const [chosen, setChosen] = useState('');
  const [presenting, setPresenting] = useState(false);
  const presentButton = useRef<HTMLButtonElement>(null);
  const highlight = useMemo(() => chosenScores(agg, chosen), [agg, chosen]);
  const stage = useStages(agg.respondents >= LARGE_WORKSHOP);
  return (
    <>
      <Notices anonymise={workshop.anonymise} suspects={suspects} />
      <p className="govuk-body">
        <button
          type="button"
          className="govuk-button"
          ref={presentButton}
          onClick={() => setPresenting(true)}
        >
          Present on a projector
        </button>
      </p>
      {presenting ? (
        <ProjectorView
          agg={agg}
          bank={bank}
          name={workshop.name}
          change={change}
          onClose={() => {
            setPresenting(false);
            presentButton.current?.focus();
          }}
        />
      ) : null}

      <h2 className="govuk-heading-m" id="glance" tabIndex={-1}>
        At a glance
      </h2>
      <AtAGlance agg={agg} bank={bank} />
      <Contents />

      <h2 className="govuk-heading-m" id="themes" tabIndex={-1}>
        Scores by theme
      </h2>
      <BoxChart themes={agg.themes} countBy={agg.countBy} highlight={highlight} />
      {stage >= 2 ? (
        <>
          <ThemeTable agg={agg} />
          <ResponsesTable agg={agg} />

          <h2 className="govuk-heading-m" id="change" tabIndex={-1}>
            Change since the last workshop
          </h2>
          <PreviousWorkshopSection
            workshop={workshop}
            change={change}
            bank={bank}
            onChange={onChange}
            onError={onPreviousError}
          />
        </>
      ) : null}
      {stage >= 3 ? (
        <>
          <h2 className="govuk-heading-m" id="disagreement" tabIndex={-1}>
            Where responses disagree: discussion prompts
          </h2>
          <DisagreementSection agg={agg} bank={bank} />

          <h2 className="govuk-heading-m" id="heat-map" tabIndex={-1}>
            Where councils differ: heat map
          </h2>
          <HeatMap agg={agg} bank={bank} />
        </>
      ) : null}
      {stage >= 4 ? (
        <>
          <h2 className="govuk-heading-m" id="roles" tabIndex={-1}>
            Views by role
          </h2>
          <RoleSection agg={agg} />

          <h2 className="govuk-heading-m" id="compare" tabIndex={-1}>
            One council against the rest
          </h2>
          <CompareSection agg={agg} chosen={chosen} onChoose={setChosen} />
        </>
      ) : null}
      {stage >= 5 ? (
        <>
          <h2 className="govuk-heading-m" id="downloads" tabIndex={-1}>
            Download the workshop pack
          </h2>
          <Downloads workshop={workshop} agg={agg} bank={bank} />

          <h2 className="govuk-heading-m" id="add" tabIndex={-1}>
            Add more files
          </h2>
          {upload}
        </>
      ) : null}
    </>
  );
}
