import { describe, expect, it } from 'vitest';
import { slug, uniqueId } from '../../src/studio/slug.ts';

describe('slug', () => {
  it('makes an id the schema accepts from a title', () => {
    expect(slug('Fidan hosts Araghchi; they discuss the venue', 'x')).toBe(
      'fidan-hosts-araghchi-they-discuss-the',
    );
  });

  it('falls back when the text has no Latin letters or digits', () => {
    expect(slug('فيدان يستضيف عراقجي', 'event-1')).toBe('event-1');
  });
});

describe('uniqueId', () => {
  it('adds a number when the id is taken', () => {
    expect(uniqueId('event-1', new Set(['event-1', 'event-1-2']))).toBe('event-1-3');
  });
});
