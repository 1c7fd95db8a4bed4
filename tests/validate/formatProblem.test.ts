import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/validate/formatProblem.ts';

/** A part of an archive, as problems name it. */
const LABEL = 'parts/0001.json';

describe('formatProblem', () => {
  const inEvent = { eventId: 'event-3', eventIndex: 2, path: '/events/2/time/start', message: 'is wrong' };

  it('puts the document first when the problem is in a part of an archive', () => {
    expect(formatProblem({ document: LABEL, ...inEvent })).toBe(
      'parts/0001.json: event "event-3" (events[2]) › time.start: is wrong',
    );
  });

  it('puts the document first for a problem outside any event too', () => {
    expect(formatProblem({ document: LABEL, path: '/source/text', message: 'is missing' })).toBe(
      'parts/0001.json: document › source.text: is missing',
    );
  });

  it('names no document for a problem of the document itself', () => {
    expect(formatProblem(inEvent)).toBe('event "event-3" (events[2]) › time.start: is wrong');
  });

  it('names a column and a position of an archive index', () => {
    expect(formatProblem({ document: 'archive.json', path: '/index/end/7', message: 'is wrong' })).toBe(
      'archive.json: document › index.end[7]: is wrong',
    );
  });
});
