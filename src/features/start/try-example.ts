import { loadAssessmentFileModule } from '../../components/assessment-file-module';
import type { Assessment } from '../../domain/assessment-schema';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import type { Result } from '../../domain/result';

/**
 * Load the example council's assessment shipped with the app, check it like any imported file,
 * and return it dated now. It keeps the file's own id unless `newId` is given, so that the start
 * page can tell that a copy is already saved and offer to open it rather than save a second one.
 */
export async function loadExample(
  questionnaire: Questionnaire,
  now: Date,
  newId?: string,
): Promise<Result<Assessment>> {
  let text: string;
  try {
    // Relative to the page, so it works from any folder on any static host.
    const response = await fetch('./examples/example-council.json');
    if (!response.ok)
      return {
        ok: false,
        issues: [
          { path: '', message: `the example file could not be loaded (${response.status})` },
        ],
      };
    text = await response.text();
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `the example file could not be loaded (${error instanceof Error ? error.message : String(error)})`,
        },
      ],
    };
  }
  // The file reader brings in zod: load it only when the example is asked for.
  const { readAssessmentText } = await loadAssessmentFileModule();
  const read = readAssessmentText(text, questionnaire);
  if (!read.ok) return read;
  const stamp = now.toISOString();
  return {
    ok: true,
    value: {
      ...read.value.assessment,
      id: newId ?? read.value.assessment.id,
      createdAt: stamp,
      updatedAt: stamp,
    },
  };
}
