/**
 * Load the assessment file module (and zod) on demand. zod must be told not to probe `new
 * Function` (forbidden by the Content-Security-Policy, and reported as a violation) before any
 * schema is built, so the setting is loaded first.
 */
export async function loadAssessmentFileModule() {
  await import('../domain/workshop-zod-config');
  return import('../domain/assessment-file');
}
