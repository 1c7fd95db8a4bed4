import type { Quote, TimelineEvent } from '../../../src/types.ts';

/** A small valid event: what each test changes is all that differs from it. */
export function eventWith(
  change: {
    title?: Partial<TimelineEvent['title']>;
    status?: TimelineEvent['status'];
    quotes?: Quote[];
  } = {},
): TimelineEvent {
  return {
    id: 'trump-remarks',
    title: { en: 'Trump speaks', ar: 'ترامب يتحدث', ...change.title },
    status: change.status ?? 'occurred',
    type: 'AGREE',
    participants: [{ actor: 'trump', role: 'speaker' }],
    attribution: { en: 'Trump', ar: 'ترامب' },
    time: { precision: 'undated', phrase: 'قال', rule: 'no date' },
    quotes: change.quotes ?? [
      {
        text: 'لا أعرف إن كانوا سيفعلون، لكنهم يتحدثون معنا، ويتحدثون بجدية',
        start: 0,
        end: 60,
        translation: "I don't know if they will, but they are talking to us, and talking seriously.",
      },
    ],
  };
}
