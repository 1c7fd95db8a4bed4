import { describe, expect, it } from 'vitest';
import { reviewDraftNotes } from '../../../src/validate/review/reviewDraftNotes.ts';
import { eventWith } from './fixtures.ts';

describe('reviewDraftNotes', () => {
  it('turns each entry of a draft’s review list into a note on the field it names', () => {
    const event = eventWith();
    event.review = [
      'title: drafted from the statement',
      'type and mode: guessed from the verbs',
      'time: the validator cannot recheck this date from its wording yet; check the rule',
      'something without a field',
    ];
    expect(reviewDraftNotes(event)).toEqual([
      { path: '/title', message: 'drafted from the statement' },
      { path: '/type', message: 'guessed from the verbs' },
      {
        path: '/time',
        message: 'the validator cannot recheck this date from its wording yet; check the rule',
      },
      { path: '/review', message: 'something without a field' },
    ]);
  });

  it('notes placeholders a hand edit kept after clearing the list', () => {
    const event = eventWith({
      title: { en: '[to translate] Iran, Saturday 31 January 2026' },
      quotes: [{ text: 'نص', start: 0, end: 2, translation: 'Translation needed.' }],
    });
    expect(reviewDraftNotes(event)).toEqual([
      { path: '/quotes/0/translation', message: 'is a placeholder: translate the quote' },
      { path: '/title/en', message: 'is a placeholder: write the title' },
    ]);
  });

  it('does not note a placeholder twice when the list names its field already', () => {
    const event = eventWith({
      title: { en: '[to translate] Iran' },
      quotes: [{ text: 'نص', start: 0, end: 2, translation: 'Translation needed.' }],
    });
    event.review = ['title: drafted', 'quotes: the translation is missing'];
    expect(reviewDraftNotes(event).map((finding) => finding.path)).toEqual(['/title', '/quotes']);
  });

  it('finds nothing in a finished event', () => {
    expect(reviewDraftNotes(eventWith())).toEqual([]);
  });
});
