import { MIN_GROUP } from './aggregate-stats';

/**
 * Where the rule of three stops: a council's own figures are the council's self-assessment, and a
 * network of councils that each sent one officer is the ordinary case. Said once, here, and shown
 * wherever council figures appear (page, projector, workshop pack, command line).
 */
export const COUNCIL_UNIT_RULE =
  `A council’s own figures (its row in the council table, its column in the heat map, its handout) ` +
  `are its self-assessment, so they are shown however many people answered for it. ` +
  `The rule of ${MIN_GROUP} applies to every group of councils or responses.`;
