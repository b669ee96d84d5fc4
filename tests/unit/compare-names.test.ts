import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/domain/aggregate-labels';

describe('council and file names are ordered as before', () => {
  it('in the order of localeCompare with en-GB and numeric collation, on any names', () => {
    const name = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'Council A',
        'Council B',
        'Council AA',
        'council a',
        'file 2',
        'file 10',
        'Ü',
      ),
      fc.tuple(fc.constantFrom('file ', 'Council '), fc.nat(2000)).map(([a, n]) => `${a}${n}`),
    );
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(Math.sign(compareNames(a, b))).toBe(
          Math.sign(a.localeCompare(b, 'en-GB', { numeric: true })),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('puts "file 2" before "file 10"', () => {
    expect(['file 10', 'file 2', 'file 1'].sort(compareNames)).toEqual([
      'file 1',
      'file 2',
      'file 10',
    ]);
  });
});
