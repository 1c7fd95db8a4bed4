import { findModality } from '../dating/modality.ts';
import type { ValidateOptions } from '../types.ts';
import { recheckPhraseDates } from './recheckPhraseDates.ts';

/**
 * The checks that need the date engine, for validateDocument's options: `npm run validate`
 * and the studio pass them (`validateDocument(json, { sourceText, ...ENGINE_CHECKS })`); the
 * element does not, so that its single-file script does not carry the engine (about 15 KiB
 * gzipped; its modality lexicon alone 1.5 KiB).
 */
export const ENGINE_CHECKS: Pick<ValidateOptions, 'recheckDates' | 'findModality'> = {
  recheckDates: recheckPhraseDates,
  findModality: (text, lang) => findModality(text, lang),
};
