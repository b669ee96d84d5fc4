import type { RandomInt } from '../domain/workshop-letters';

/**
 * A uniform random integer in [0, bound) from the browser's cryptographic generator, for the
 * workshop's anonymous letters (rejection sampling, so no letter is likelier than another).
 */
export const cryptoRandomInt: RandomInt = (bound) => {
  if (!Number.isInteger(bound) || bound < 1 || bound > 2 ** 32)
    throw new RangeError('bound out of range');
  const limit = 2 ** 32 - (2 ** 32 % bound);
  const word = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(word);
    const v = word[0] as number;
    if (v < limit) return v % bound;
  }
};
