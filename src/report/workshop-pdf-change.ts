import {
  changeBasis,
  changeWarnings,
  movementCells,
  type WorkshopChange,
} from '../domain/workshop-change';
import { COLOURS, type PdfKit, SIZES } from './pdf-kit';

/** The pack's "Change since the last workshop": the same figures and words as the page. */
export function changeSection(kit: PdfKit, change: WorkshopChange): void {
  kit.heading('Change since the last workshop', 2, 60);
  kit.paragraph([changeBasis(change), ...changeWarnings(change)].join(' '), {
    size: SIZES.small,
    colour: COLOURS.muted,
  });
  kit.table(
    [
      { header: 'Theme', width: 4 },
      { header: 'Previous workshop', width: 1.6 },
      { header: 'This workshop', width: 1.6 },
      { header: 'Change', width: 1.2 },
    ],
    change.themes.map((m) => {
      const c = movementCells(change, m);
      return [c.note ? `${c.theme} (${c.note})` : c.theme, c.then, c.now, c.change];
    }),
    {
      caption: 'Median theme score (0-100): previous workshop, this workshop and the change',
      boldColumn: 0,
    },
  );
}
