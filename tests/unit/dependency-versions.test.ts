// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Guide section 8: versions with known advisories must not be installed. `npm audit` needs the
// registry; this check works offline for the ones the guide names.

const installed = (name: string): string =>
  (
    JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../node_modules', name, 'package.json'), 'utf8'),
    ) as { version: string }
  ).version;

const atLeast = (version: string, minimum: string) => {
  const a = version.split(/[.-]/).map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < b.length; i++) {
    if ((a[i] ?? 0) !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
};

describe('dependencies without known advisories', () => {
  it.each([['jspdf', '4.2.1']])('%s is %s or later', (name, minimum) => {
    expect(atLeast(installed(name), minimum), `${name} ${installed(name)}`).toBe(true);
  });

  it.each([
    ['4.2.1', '4.2.1', true],
    ['4.10.0', '4.2.1', true],
    ['4.2.0', '4.2.1', false],
    ['3.9.9', '4.2.1', false],
  ])('version %s against minimum %s: %s', (version, minimum, ok) => {
    expect(atLeast(version, minimum)).toBe(ok);
  });
});

describe('jsPDF internals that src/report/pdf-jspdf.ts relies on', () => {
  it('is pinned to one exact version in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
    expect(pkg.dependencies.jspdf).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed('jspdf')).toBe(pkg.dependencies.jspdf);
  });

  it("still finds both right-to-left text handlers in jsPDF's plugin list", async () => {
    const { RIGHT_TO_LEFT_HANDLERS_FOUND } = await import('../../src/report/pdf-jspdf');
    expect(RIGHT_TO_LEFT_HANDLERS_FOUND).toBe(2);
  });

  it("still finds jsPDF's utf8 text handler, which it replaces with a faster one", async () => {
    const { UTF8_HANDLER_FOUND } = await import('../../src/report/pdf-jspdf');
    expect(UTF8_HANDLER_FOUND).toBe(true);
  });
});
