import { formatCalendarDate } from '../calendar/calendarDate.ts';
import type { Actor, ActorKind, EventsDocument, Quote, TimelineEvent } from '../types.ts';
import { charactersAfter, charactersBefore, codePointOffset } from './codePointOffset.ts';

export interface JsonLdOptions {
  /** The source text the quotes' offsets point into. */
  sourceText: string;
  /** The address of the source text, which the annotations target. Default: the source's `url`, else its `text` path. */
  sourceUrl?: string;
  /** The base of the events' and annotations' ids. Default: `urn:diplomatic-timeline:<source id>`. */
  base?: string;
}

/** Characters of context on each side of a quote, enough to tell apart repeats of the same words. */
const CONTEXT = 32;

const SCHEMA_TYPE: Record<ActorKind, string> = {
  state: 'Country',
  person: 'Person',
  organisation: 'Organization',
  group: 'Organization',
  media: 'Organization',
};

/**
 * The document as JSON-LD: each event a schema.org `Event` (with its days, place, participants
 * and the article as `subjectOf`), and each quote a W3C Web Annotation that targets the source
 * text with a `TextQuoteSelector` (the exact words, and a little before and after) and a
 * `TextPositionSelector` (code point offsets), its body the translation and the event. Another
 * tool can re-find the quotes by either selector.
 */
export function eventsToJsonLd(document: EventsDocument, options: JsonLdOptions): object {
  const { source } = document;
  const {
    sourceText,
    sourceUrl = source.url ?? source.text,
    base = `urn:diplomatic-timeline:${source.id}`,
  } = options;
  const actors = new Map(document.actors.map((actor) => [actor.id, actor]));
  const article = {
    '@type': 'NewsArticle',
    headline: text(source.title),
    publisher: { '@type': 'Organization', name: source.publisher },
    datePublished: formatCalendarDate(source.dateline),
    inLanguage: source.language,
    ...(source.url ? { url: source.url } : {}),
  };
  const graph: object[] = [];
  for (const event of document.events) {
    const id = `${base}#${event.id}`;
    graph.push(schemaEvent(event, id, actors, article));
    event.quotes.forEach((quote, i) =>
      graph.push(annotation(quote, `${id}-quote-${i + 1}`, id, sourceText, sourceUrl)),
    );
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

function schemaEvent(
  event: TimelineEvent,
  id: string,
  actors: ReadonlyMap<string, Actor>,
  article: object,
): object {
  const { time } = event;
  return {
    '@type': 'Event',
    '@id': id,
    name: text(event.title),
    ...(time.start ? { startDate: formatCalendarDate(time.start) } : {}),
    ...(time.start ? { endDate: formatCalendarDate(time.end ?? time.start) } : {}),
    // schema.org has no status for "proposed" or "happened": only a planned event is scheduled.
    ...(event.status === 'planned' ? { eventStatus: 'https://schema.org/EventScheduled' } : {}),
    keywords: [event.status, event.type, ...(event.mode ? [event.mode] : [])],
    description: `${time.phrase} — ${time.rule}`,
    ...(event.place ? { location: { '@type': 'Place', name: text(event.place) } } : {}),
    attendee: event.participants.map(({ actor, role }) => {
      const known = actors.get(actor);
      return {
        '@type': known ? SCHEMA_TYPE[known.kind] : 'Thing',
        name: known ? text(known.name) : actor,
        roleName: role,
      };
    }),
    subjectOf: article,
  };
}

function annotation(
  quote: Quote,
  id: string,
  eventId: string,
  sourceText: string,
  sourceUrl: string,
): object {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    motivation: 'describing',
    body: [{ type: 'TextualBody', value: quote.translation, language: 'en', format: 'text/plain' }, eventId],
    target: {
      source: sourceUrl,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.text,
          prefix: charactersBefore(sourceText, quote.start, CONTEXT),
          suffix: charactersAfter(sourceText, quote.end, CONTEXT),
        },
        {
          type: 'TextPositionSelector',
          start: codePointOffset(sourceText, quote.start),
          end: codePointOffset(sourceText, quote.end),
        },
      ],
    },
  };
}

/** The same text in both languages, as JSON-LD language-tagged values. */
/** Each language the text is given in (an English source's titles may have no Arabic). */
function text(value: { en: string; ar?: string | undefined }): object[] {
  return [
    { '@value': value.en, '@language': 'en' },
    ...(value.ar === undefined ? [] : [{ '@value': value.ar, '@language': 'ar' }]),
  ];
}
