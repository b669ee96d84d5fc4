import { loadAssessmentFileModule } from './assessment-file-module';
import type { Assessment } from '../domain/assessment-schema';
import { downloadText, fileSlug } from '../lib/download';

export function assessmentFileName(a: Assessment): string {
  return `${fileSlug(a.about.organisation)}-${a.about.date}.json`;
}

/** Save one assessment as the app's JSON file. The file module is loaded on the click, not with the page. */
export async function downloadAssessment(a: Assessment): Promise<void> {
  const { serialiseAssessment } = await loadAssessmentFileModule();
  downloadText(assessmentFileName(a), serialiseAssessment(a));
}

/** Save something that could not be read, exactly as it was found, for the user to keep or send on. */
export function downloadRaw(name: string, raw: unknown): void {
  let text: string;
  try {
    text = JSON.stringify(raw, null, 2) ?? String(raw);
  } catch {
    text = String(raw);
  }
  downloadText(name, `${text}\n`);
}
