import { checkEnvelope } from '../validate/validateDocument.ts';
import type { Actor, EventsDocumentJson, TimelineEventJson } from '../types.ts';
import type { Draft } from './draft.ts';
import { emptyDraft } from './draft.ts';

export type Opened = { ok: true; draft: Draft } | { ok: false; why: string };

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const localized = (value: unknown) => ({ en: text(record(value).en), ar: text(record(value).ar) });

/**
 * A draft from an events document, keeping every event, the broken ones included: the
 * studio is where they get fixed, and its problem list names what is wrong. Only what the
 * form needs to exist is filled in (empty lists and texts); a wrong value stays as it was.
 * Refused only when it is not an events document at all.
 */
export function fromDocument(value: unknown, sourceText: string, id: string, now: number): Opened {
  const envelope = checkEnvelope(value);
  const raw = record(value);
  if (!Array.isArray(raw.events) || typeof raw.source !== 'object') {
    const why = !envelope.ok ? (envelope.problems[0]?.message ?? 'unreadable') : 'unreadable';
    return { ok: false, why };
  }
  const document = raw as unknown as EventsDocumentJson;
  const source = record(document.source);
  const draft = emptyDraft(id, now);
  draft.text = sourceText;
  draft.dateline = text(source.dateline);
  draft.publisher = text(source.publisher);
  draft.language = source.language === 'en' ? 'en' : 'ar';
  draft.languageChosen = true;
  // As the format reads it: a relay unless it says it is not.
  draft.relay = source.relay !== false;
  draft.title = localized(source.title);
  draft.actors = (Array.isArray(document.actors) ? document.actors : []).map((actor) => {
    const a = record(actor);
    return { ...a, id: text(a.id), name: localized(a.name), kind: a.kind } as Actor;
  });
  draft.events = (document.events as unknown[]).map((event) => {
    const e = record(event);
    const time = record(e.time);
    return {
      ...e,
      id: text(e.id),
      title: localized(e.title),
      status: e.status,
      type: e.type,
      participants: Array.isArray(e.participants) ? e.participants.map(record) : [],
      attribution: localized(e.attribution),
      time: { ...time, precision: time.precision, phrase: text(time.phrase), rule: text(time.rule) },
      quotes: Array.isArray(e.quotes) ? e.quotes.map(record) : [],
    } as unknown as TimelineEventJson;
  });
  draft.current = draft.events.length > 0 ? 0 : -1;
  return { ok: true, draft };
}
