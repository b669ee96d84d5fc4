/**
 * The rating rule of the scoring method (GUIDE section 3), in the words shown to respondents on
 * every theme page and on "How scoring works". The bank's descriptors are written so it applies.
 */
export const RATING_RULE =
  'A level is reached when every one of its conditions holds; otherwise your answer is the level below. Each level includes everything in the levels below it.';
