import type { WorkshopAggregate } from '../domain/aggregate';
import { compareCouncilWithRest } from '../domain/aggregate-compare';
import { hiddenReason, MIN_GROUP, POSITION_TEXT } from '../domain/aggregate-stats';
import type { Questionnaire } from '../domain/questionnaire-schema';
import { COLOURS, PdfKit, SIZES } from './pdf-kit';
import { axis, boxRow } from './workshop-pdf-box';

export type HandoutsInput = {
  workshop: { name: string; date: string };
  questionnaire: Questionnaire;
  aggregate: WorkshopAggregate;
};

const f0 = (x: number) => String(Math.round(x));

/**
 * One handout per council, all in one PDF, each starting on a new page: that council's theme scores
 * (the median of its respondents) against the other councils, each counted once. A handout names
 * its own council only (by letter unless names are on), and shows the others only as quartiles of
 * at least three councils, never as single values, so that it is safe to give to that council.
 */
export function renderCouncilHandouts(input: HandoutsInput): ArrayBuffer {
  const { workshop, aggregate: agg } = input;
  const kit = new PdfKit({
    title: `Council handouts: ${workshop.name}`,
    author: 'Big Society Readiness',
    subject: 'Each council against the learning network',
    keywords: 'workshop, handout, benchmark',
    runningHeader: workshop.name,
    runningFooter: `Council handout, ${workshop.date}`,
    marking: 'OFFICIAL',
  });
  agg.councils.forEach((council, i) => {
    if (i > 0) kit.newPage();
    const rows = compareCouncilWithRest(agg, i) ?? [];
    kit.paragraph(workshop.name, { size: SIZES.h3, colour: COLOURS.muted, after: 1 });
    kit.paragraph(`${council.label} against the network`, {
      size: SIZES.title,
      style: 'bold',
      after: 3,
    });
    kit.paragraph(
      `Your council's score in each theme is the median of its ${council.respondents === 1 ? 'one response' : `${council.respondents} responses`}. The network is the other ${agg.councils.length - 1} councils, each counted once (the median of its respondents), shown only as a range: no other council's own score is given. No figure is shown for fewer than ${MIN_GROUP} councils.`,
      { size: SIZES.small, colour: COLOURS.muted, after: 4 },
    );
    kit.table(
      [
        { header: 'Theme', width: 3.2 },
        { header: 'Your score', width: 1.3 },
        { header: 'Network lower quartile', width: 1.6 },
        { header: 'Network median', width: 1.4 },
        { header: 'Network upper quartile', width: 1.6 },
        { header: 'Where you are', width: 3 },
      ],
      rows.map((t) => [
        t.title,
        t.score === null ? 'no score' : f0(t.score),
        ...(t.others.stats
          ? [f0(t.others.stats.q1), f0(t.others.stats.median), f0(t.others.stats.q3)]
          : [hiddenReason(t.others, 'council'), '', '']),
        t.position ? POSITION_TEXT[t.position] : '',
      ]),
      { caption: 'Theme scores (0-100)', boldColumn: 0 },
    );
    kit.moveDown(4);
    kit.heading('The network’s range, with your score marked', 2, 50);
    kit.paragraph(
      'Each row: the line runs from the lowest to the highest of the other councils, the blue box holds their middle half, the dark bar is their median; the tick under it is your score.',
      { size: SIZES.small, colour: COLOURS.muted },
    );
    axis(kit);
    for (const t of rows)
      boxRow(kit, t.title, t.others, t.score === null ? [] : [t.score], 'council');
  });
  return kit.finish();
}
