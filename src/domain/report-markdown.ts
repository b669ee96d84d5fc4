/**
 * The small part of Markdown that the source notes (`seeds/<id>.md`) use, turned into plain blocks
 * that every renderer (PDF, Word, HTML) can draw without a Markdown library.
 */
export type TextBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] };

/** Inline Markdown to plain text: emphasis and code marks dropped, links kept as "text (address)". */
export function plainInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_m, label: string, url: string) =>
      label === url ? url : `${label} (${url})`,
    )
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** Parse a note into its title (the first level-1 heading, if any) and the blocks after it. */
export function parseMarkdownNote(markdown: string): { title: string | null; blocks: TextBlock[] } {
  const blocks: TextBlock[] = [];
  let title: string | null = null;
  let paragraph: string[] = [];
  let bullets: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length > 0)
      blocks.push({ kind: 'paragraph', text: plainInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushBullets = () => {
    if (bullets.length > 0) blocks.push({ kind: 'bullets', items: bullets.map(plainInline) });
    bullets = [];
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line.trim());
    if (heading) {
      flushParagraph();
      flushBullets();
      const text = plainInline(heading[2] ?? '');
      if (heading[1] === '#' && title === null && blocks.length === 0) title = text;
      else if (text) blocks.push({ kind: 'heading', text });
    } else if (line.trim() === '' || /^\s*(?:---+|\*\*\*+)\s*$/.test(line)) {
      flushParagraph();
      flushBullets();
    } else if (BULLET.test(line)) {
      flushParagraph();
      bullets.push(line.replace(BULLET, ''));
    } else if (bullets.length > 0 && /^\s{2,}/.test(raw)) {
      // A wrapped continuation of the previous bullet.
      bullets[bullets.length - 1] += ` ${line.trim()}`;
    } else {
      flushBullets();
      paragraph.push(line.trim().replace(/^>\s?/, ''));
    }
  }
  flushParagraph();
  flushBullets();
  return { title, blocks };
}
