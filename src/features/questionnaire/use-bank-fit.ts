import { useEffect, useMemo } from 'react';
import { fitToBank, type BankFit } from '../../domain/bank-upgrade';
import type { Assessment } from '../../domain/assessment-schema';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { updateAssessment } from '../../store/library-store';

/**
 * Opening a stored assessment fits it to the current bank, as importing a file does: answers to
 * unchanged questions are kept, answers to retired ids are left out, and the questions new since
 * the version it was made with are returned to list. The fitted copy is saved once (fitToBank
 * returns the same object when there is nothing to change, so this writes nothing then).
 */
export function useBankFit(
  id: string,
  assessment: Assessment | undefined,
  bank: Questionnaire,
): BankFit | undefined {
  const fit = useMemo(
    () => (assessment ? fitToBank(assessment, bank) : undefined),
    [assessment, bank],
  );
  const stale = fit !== undefined && fit.assessment !== assessment;
  useEffect(() => {
    if (stale) updateAssessment(id, (a) => fitToBank(a, bank).assessment);
  }, [stale, id, bank]);
  return fit;
}
