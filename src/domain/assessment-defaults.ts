import type { Cabinet } from './assessment-schema';

/**
 * Defaults for the parts of an assessment that a new assessment (and the migration from format
 * version 1) starts with. Zod-free, so the start page can use them without loading the schema.
 */
export function emptyCabinet(): Cabinet {
  return {
    meeting: '',
    meetingDate: '',
    portfolioHolder: '',
    keyDecision: '',
    wards: '',
    purpose: '',
    recommendations: null,
    options: '',
    implications: { financial: '', legal: '', equality: '', risk: '' },
    contact: { name: '', jobTitle: '', details: '' },
  };
}
