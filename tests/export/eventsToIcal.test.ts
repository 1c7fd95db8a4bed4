import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventsToIcal } from '../../src/export/eventsToIcal.ts';
import type { EventsDocument } from '../../src/types.ts';
import { loadArticle } from '../fixtures/article.ts';

const { document } = loadArticle();
const stamp = new Date(Date.UTC(2026, 1 /* Feb */, 7, 10, 15, 0));
const ics = eventsToIcal(document, { stamp });
const calendar = new ICAL.Component(ICAL.parse(ics));
const vevents = calendar.getAllSubcomponents('vevent');

describe('eventsToIcal', () => {
  it('is a calendar ical.js reads, with CRLF line endings and no line over 75 octets', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('holds the planned and proposed events with a day, and nothing else', () => {
    const expected = document.events
      .filter((event) => (event.status === 'planned' || event.status === 'proposed') && event.time.start)
      .map((event) => `${event.id}@${document.source.id}.diplomatic-timeline`);
    expect(expected.length).toBeGreaterThan(0);
    expect(vevents.map((vevent) => vevent.getFirstPropertyValue('uid'))).toEqual(expected);
  });

  it('writes all-day dates, the end exclusive, and the stamp in UTC', () => {
    // The proposed Ankara meeting: some day of 2–7 February.
    const meeting = vevents[0]!;
    const start = meeting.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = meeting.getFirstPropertyValue('dtend') as ICAL.Time;
    expect([start.isDate, start.toString()]).toEqual([true, '2026-02-02']);
    expect([end.isDate, end.toString()]).toEqual([true, '2026-02-08']);
    expect(ics).toContain('DTSTAMP:20260207T101500Z\r\n');
    expect(meeting.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('describes the event with its quotes, its date phrase and rule, unescaped back to the text', () => {
    const event = document.events.find((e) => e.id === 'ankara-meeting-proposed')!;
    const description = vevents[0]!.getFirstPropertyValue('description') as string;
    expect(description).toContain(event.quotes[0]!.text);
    expect(description).toContain(event.quotes[0]!.translation);
    expect(description).toContain(event.time.rule);
    expect(description).toContain('some day of this window');
    expect(vevents[0]!.getFirstPropertyValue('summary')).toBe(event.title.en);
  });

  it('round-trips commas, semicolons, backslashes and line breaks in a title', () => {
    const title = { en: 'Talks; Ankara, or Doha \\ later\nmaybe', ar: 'محادثات، ربما' };
    const edited: EventsDocument = {
      ...document,
      events: document.events.map((e) => (e.id === 'ankara-meeting-proposed' ? { ...e, title } : e)),
    };
    for (const lang of ['en', 'ar'] as const) {
      const parsed = new ICAL.Component(ICAL.parse(eventsToIcal(edited, { stamp, lang })));
      expect(parsed.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe(title[lang]);
    }
  });

  it('is an empty calendar when nothing is planned', () => {
    const none = eventsToIcal({ ...document, events: [] }, { stamp });
    expect(new ICAL.Component(ICAL.parse(none)).getAllSubcomponents('vevent')).toEqual([]);
  });
});
