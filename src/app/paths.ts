/**
 * Every address in the app, in one place. Routing is hash-based (`#/...`) so the built files work
 * from any static host or sub-path; these builders return the part after the `#`.
 */
export const paths = {
  start: () => '/',
  assessments: () => '/assessments',
  newAssessment: () => '/new',
  importFiles: () => '/import',
  scoring: () => '/scoring',
  accessibility: () => '/accessibility',
  privacy: () => '/privacy',
  about: (id: string) => `/a/${id}/about`,
  tasks: (id: string) => `/a/${id}/tasks`,
  theme: (id: string, themeId: string) => `/a/${id}/theme/${themeId}`,
  /** A theme page scrolled to, and focused on, one question (used by change links and gap lists). */
  question: (id: string, questionId: string) =>
    `/a/${id}/theme/${questionId.split('.')[0]}/${questionId}`,
  check: (id: string) => `/a/${id}/check`,
  results: (id: string) => `/a/${id}/results`,
  plan: (id: string) => `/a/${id}/plan`,
  /** The report: the cabinet paper edition, or the full record. */
  report: (id: string) => `/a/${id}/report`,
  reportFull: (id: string) => `/a/${id}/report/full`,
  /** The "Cabinet paper" step: meeting, recommendations, options, implications, contact. */
  cabinet: (id: string) => `/a/${id}/cabinet`,
  exportFiles: (id: string) => `/a/${id}/export`,
  workshops: () => '/workshops',
  workshop: (workshopId: string) => `/workshops/${workshopId}`,
} as const;

/** The same address as an href for a link: `#/a/…`. */
export const href = (path: string) => `#${path}`;
