import { definePath } from './route-path';

/**
 * Every address in the app, defined once: `paths.theme(id, themeId)` builds a link and
 * `paths.theme.pattern` is what the router matches (src/app/routes.ts binds each to its page).
 * Routing is hash-based (`#/...`) so the built files work from any static host or sub-path; the
 * builders return the part after the `#`. This module imports nothing from the app, so every
 * layer that links (features, components) may import it.
 */
const questionPath = definePath('/a/:id/theme/:themeId/:questionId');

export const paths = {
  start: definePath('/'),
  assessments: definePath('/assessments'),
  newAssessment: definePath('/new'),
  importFiles: definePath('/import'),
  scoring: definePath('/scoring'),
  accessibility: definePath('/accessibility'),
  privacy: definePath('/privacy'),
  about: definePath('/a/:id/about'),
  tasks: definePath('/a/:id/tasks'),
  theme: definePath('/a/:id/theme/:themeId'),
  /** A theme page scrolled to, and focused on, one question (used by change links and gap lists). */
  question: Object.assign(
    // A question id is `theme.slug`, so the theme segment comes from the id itself.
    (id: string, questionId: string) => questionPath(id, questionId.split('.')[0]!, questionId),
    { pattern: questionPath.pattern },
  ),
  check: definePath('/a/:id/check'),
  results: definePath('/a/:id/results'),
  plan: definePath('/a/:id/plan'),
  /** The report: the cabinet paper edition, or the full record. */
  report: definePath('/a/:id/report'),
  reportFull: definePath('/a/:id/report/full'),
  /** The "Cabinet paper" step: meeting, recommendations, options, implications, contact. */
  cabinet: definePath('/a/:id/cabinet'),
  exportFiles: definePath('/a/:id/export'),
  workshops: definePath('/workshops'),
  workshop: definePath('/workshops/:workshopId'),
} as const;

/** The same address as an href for a link: `#/a/…`. */
export const href = (path: string) => `#${path}`;
