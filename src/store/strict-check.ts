import { assessmentSchema, type Assessment } from '../domain/assessment-schema';
import { parseWith } from '../domain/safe-json';
import { problemSentence } from '../domain/workshop-import-plan';

/**
 * The file schema, as a check for stored assessments: the same rules as an imported file (a
 * marking of `SECRET` or an unknown role is refused, not printed as "No marking" or "undefined").
 * Loaded after start-up, in the schema's own lazy chunk, so the start page stays within budget.
 */
export function assessmentRulesProblem(a: Assessment): string | null {
  const parsed = parseWith(assessmentSchema, a);
  return parsed.ok
    ? null
    : `the saved assessment does not meet this tool’s rules: ${problemSentence(parsed.issues)}`;
}
