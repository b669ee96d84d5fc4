// The built-in question bank as a hashed JSON asset, fetched at start-up: kept out of the
// JavaScript that the start and question pages load.
import bankUrl from '../../questionnaires/big-society-readiness.json?url';

export const builtInBankUrl: string = bankUrl;
