import { inReportFont } from './pdf-font';

/**
 * The PDF's text is drawn in the embedded report font (Latin-1, Latin Extended-A and -B,
 * punctuation), so "Tŷ Gŵyr" and "Łódź" print as written. Anything outside it is mapped to a close
 * equivalent where one exists, else "?"; invisible format characters are dropped.
 */
const REPLACEMENTS: Record<string, string> = {
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2032': "'",
  '\u2033': '"',
  '\u2116': 'No.',
  '\u2713': 'yes',
  '\u2714': 'yes',
  '\u2717': 'no',
  '\u2022': '•',
  '\u25cf': '•',
  '\u25aa': '•',
  '\u2023': '•',
  '\u2043': '-',
  '\u201f': '“',
  '\u201b': '‘',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u200a': ' ',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  '\t': '    ',
  '\u200e': '',
  '\u200f': '',
  '\u202a': '',
  '\u202b': '',
  '\u202c': '',
  '\u202d': '',
  '\u202e': '',
};

const printable = (ch: string): boolean => ch !== '\t' && (ch === '\n' || inReportFont(ch));

/** Text made safe for the report font: mapped where a close equivalent exists, else "?". */
export function pdfSafe(text: string): string {
  // Fast path: most text is already printable.
  let plain = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c > 0x7e || (c < 0x20 && c !== 10)) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    if (ch in REPLACEMENTS) out += REPLACEMENTS[ch];
    else if (printable(ch)) out += ch;
    else {
      // Letters with accents outside the font fall back to the letter without its accent.
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base && [...base].every(printable) ? base : (ch.codePointAt(0) ?? 0) < 0x20 ? '' : '?';
    }
  }
  return out;
}
