/// <reference lib="webworker" />
import type { Questionnaire } from '../domain/questionnaire-schema';
import { readIncomingFile } from '../domain/workshop-import';
import type { FileOutcome, IncomingFile } from '../domain/workshop-import-plan';

/**
 * Parses and validates chosen files off the main thread, so that a page importing hundreds of
 * files stays responsive. It answers each batch with the outcome of every file in it.
 */
export type ImportRequest = { batch: number; files: IncomingFile[]; questionnaire: Questionnaire };
export type ImportResponse = { batch: number; outcomes: FileOutcome[] };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { batch, files, questionnaire } = event.data;
  const outcomes = files.map((f) => {
    try {
      return readIncomingFile(f, questionnaire);
    } catch (e) {
      // readIncomingFile does not throw by design; this keeps one odd file from stopping the batch.
      return {
        kind: 'error',
        name: f.name,
        message: `could not be read (${e instanceof Error ? e.message : String(e)})`,
      } satisfies FileOutcome;
    }
  });
  scope.postMessage({ batch, outcomes } satisfies ImportResponse);
};
