import type { WorkshopAggregate } from '../domain/aggregate';
import { responseRows } from '../domain/aggregate-compare';
import { MIN_GROUP } from '../domain/aggregate-stats';
import { COLOURS, type PdfKit, SIZES } from './pdf-kit';

const f1 = (x: number) =>
  (Math.round(x * 10) / 10).toFixed(Number.isInteger(Math.round(x * 10) / 10) ? 0 : 1);

/**
 * The pack's appendices: each council's medians under its label, and single responses only where
 * the rules allow them (names on, or every council with three or more; never a role with names off).
 */
export function appendices(kit: PdfKit, agg: WorkshopAggregate): void {
  kit.heading('Appendix: each council', 1, 40);
  kit.table(
    [
      { header: 'Council', width: 2.4 },
      { header: 'Responses', width: 1.4 },
      ...agg.themes.map((t) => ({ header: t.title, width: 1.6 })),
    ],
    agg.councils.map((c) => [
      c.label,
      String(c.respondents),
      ...c.themes.map((t) => (t.score === null ? 'no score' : f1(t.score))),
    ]),
    {
      caption: "Each council's theme scores: the median of its responses (0-100)",
      boldColumn: 0,
      size: SIZES.tiny,
    },
  );
  const responses = responseRows(agg);
  if (responses.length > 0) {
    kit.heading('Appendix: each response', 1, 40);
    kit.table(
      [
        { header: 'Response', width: 2.4 },
        ...(agg.anonymise ? [] : [{ header: 'Role', width: 1.4 }]),
        ...agg.themes.map((t) => ({ header: t.title, width: 1.6 })),
      ],
      responses.map((x) => [
        x.label,
        ...(x.role === null ? [] : [x.role]),
        ...x.participant.result.themes.map((t) => (t.score === null ? 'no score' : f1(t.score))),
      ]),
      { caption: 'Theme scores of each response (0-100)', boldColumn: 0, size: SIZES.tiny },
    );
  } else {
    kit.paragraph(
      `Single responses are not listed: with names off they are given only when every council has ${MIN_GROUP} or more responses, so that no respondent can be picked out.`,
      { size: SIZES.small, colour: COLOURS.muted },
    );
  }
}
