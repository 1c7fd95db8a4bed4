/**
 * What a modality lexicon finds in a text: a word that puts what it reports in a mode
 * other than plain fact. `kind` is what the word says: `arrangement` ("working to arrange"),
 * `plan` ("scheduled", "intends"), or another kind this rule does not look at.
 */
export interface ModalityHit {
  kind: string;
  /** The words found, as written. */
  word: string;
}

/** The shape of the date engine's `findModality(text, lang)` (src/dating/modality.ts). */
export type FindModality = (text: string, lang: 'ar' | 'en') => readonly ModalityHit[];
