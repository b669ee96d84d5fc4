import type { SourceNote } from '../../domain/report-model';
import { parseMarkdownNote } from '../../domain/report-markdown';

// The project's notes on its source documents, bundled as text into the report chunk only.
const files = import.meta.glob<string>('../../../seeds/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const SOURCE_NOTES: SourceNote[] = Object.entries(files)
  .filter(([path]) => !path.endsWith('/README.md'))
  .map(([path, body]) => {
    const id = path.slice(path.lastIndexOf('/') + 1, -'.md'.length);
    return { id, title: parseMarkdownNote(body).title ?? id, body };
  })
  .sort((a, b) => a.id.localeCompare(b.id));
