/**
 * Load the assessment file module (and zod) on demand, never with a page. The schema modules set
 * zod's jitless option themselves; loading it first here as well costs nothing and keeps the CSP
 * (no eval) safe whatever the bundler does with chunk order.
 */
export async function loadAssessmentFileModule() {
  await import('../domain/zod-config');
  return import('../domain/assessment-file');
}
