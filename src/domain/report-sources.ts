/**
 * The report's background papers: the project's note on each source document (`seeds/<id>.md`),
 * with the numbers of the questions that cite it, cited sources first.
 */
import type { Questionnaire } from './questionnaire-schema';
import { parseMarkdownNote, type TextBlock } from './report-markdown';

/** A source note as read from `seeds/<id>.md`. */
export type SourceNote = { id: string; title: string; body: string };

export type ReportSource = { id: string; title: string; blocks: TextBlock[]; citedBy: string[] };

/** The notes end with a "Cited by" list of question ids; the report prints question numbers instead. */
function withoutCitedBy(blocks: readonly TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  let skipping = false;
  for (const b of blocks) {
    if (b.kind === 'heading') skipping = /^cited by$/i.test(b.text.trim());
    if (!skipping) out.push(b);
  }
  return out;
}

export function sourcesOf(
  questionnaire: Questionnaire,
  notes: readonly SourceNote[],
): ReportSource[] {
  const citedBy = new Map<string, string[]>();
  questionnaire.themes.forEach((t, ti) =>
    t.questions.forEach((q, qi) => {
      for (const s of q.sources) citedBy.set(s, [...(citedBy.get(s) ?? []), `${ti + 1}.${qi + 1}`]);
    }),
  );
  const byId = new Map(notes.map((n) => [n.id, n]));
  // Cited sources in order of first citation, then notes that no question cites.
  const ids = [...citedBy.keys(), ...[...byId.keys()].filter((id) => !citedBy.has(id)).sort()];
  return ids.map((id) => {
    const note = byId.get(id);
    const parsed = note ? parseMarkdownNote(note.body) : { title: null, blocks: [] };
    return {
      id,
      title: note?.title || parsed.title || id,
      blocks: withoutCitedBy(parsed.blocks),
      citedBy: citedBy.get(id) ?? [],
    };
  });
}
