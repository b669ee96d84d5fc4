/**
 * jsPDF's built-in Helvetica is encoded in WinAnsi (Windows-1252): it prints £, ‘ ’ “ ” – — … •
 * and Latin-1 letters, but anything else would come out as junk. Text passes through here first.
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

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
  // Letters that Unicode does not decompose into a base letter and an accent.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
};

function printable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    ch === '\n' || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.has(ch)
  );
}

/** Text made safe for the standard PDF fonts: mapped where a close equivalent exists, else "?". */
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
    if (printable(ch)) out += ch;
    else if (ch in REPLACEMENTS) out += REPLACEMENTS[ch];
    else {
      // Letters with accents outside Latin-1 (ł, ő, ş) fall back to the letter without its accent.
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base && [...base].every(printable) ? base : (ch.codePointAt(0) ?? 0) < 0x20 ? '' : '?';
    }
  }
  return out;
}
