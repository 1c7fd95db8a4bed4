/**
 * A draft events document from an article: one candidate event per statement that
 * carries a date, and one per undated statement that reports an action. Everything
 * the draft guesses (titles, translations, actors, the kind of act) is listed in the
 * event's `review`, for the person who confirms it. Pure: the CLI and the studio share it.
 */
import type { CalendarDate } from '../calendar/calendarDate.ts';
import { compareCalendarDates, formatCalendarDate } from '../calendar/calendarDate.ts';
import { describeSpan } from '../dating/describeDay.ts';
import { findDates } from '../dating/findDates.ts';
import { findModality } from '../dating/modality.ts';
import type { Span } from '../dating/splitText.ts';
import { headLines, splitClauses, splitSentences } from '../dating/splitText.ts';
import type { DateFinding, Lang } from '../dating/types.ts';
import type { Actor, EventsDocumentJson, EventTitle, Participant, TimelineEventJson } from '../types.ts';
import { classifyAction } from './classifyAction.ts';
import type { GazetteerEntry } from './commonActors.ts';
import { COMMON_ACTORS } from './commonActors.ts';
import { draftTitle } from './draftTitle.ts';
import { wireDatelineLength } from '../dating/wireLede.ts';
import { compileGazetteer, findActors } from './findActors.ts';
import { keepCheckableBasis } from './keepCheckableBasis.ts';

export interface DraftOptions {
  dateline: CalendarDate;
  lang: Lang;
  /** The dateline is a republication's: the original report came out before it. */
  relay?: boolean;
  publisher?: string;
  /** The document's source id. */
  id?: string;
  /** Path of the article, relative to where the document will be written. */
  textPath?: string;
  /** Actors of other documents, tried before the common ones. */
  actors?: readonly Actor[];
}

/** A sentence without the wire dateline it may open with (see wireDatelineLength). */
function withoutWireDateline(text: string, sentence: Span): Span {
  return {
    start: sentence.start + wireDatelineLength(text.slice(sentence.start, sentence.end)),
    end: sentence.end,
  };
}

const UNIDENTIFIED: Actor = {
  id: 'unidentified',
  name: { en: 'Unidentified actor', ar: 'جهة غير محددة' },
  kind: 'group',
};

export function draftDocument(text: string, options: DraftOptions): EventsDocumentJson {
  const {
    dateline,
    lang,
    relay = false,
    publisher,
    id = 'draft',
    textPath = 'article.txt',
    actors = [],
  } = options;
  const gazetteer = compileGazetteer(gazetteerOf(actors));
  const findings = findDates(text, { dateline, lang, relay });
  const headline = headlineOf(text, findings);
  const sentences = splitSentences(text)
    .filter((s) => headline === undefined || text.slice(s.start, s.end).trim() !== headline.text)
    .map((s) => withoutWireDateline(text, s));

  const events: TimelineEventJson[] = [];
  const used = new Map<string, Actor>();
  const eventOfFinding = new Map<number, string>();
  const make = (
    quote: Span,
    build: (id: string, participants: Participant[], review: string[]) => TimelineEventJson,
  ) => {
    const quoteText = text.slice(quote.start, quote.end);
    const named = findActors(quoteText, gazetteer);
    const review: string[] = [];
    if (named.length === 0) review.push('participants: no known actor is named here; say who acted');
    const cast = named.length > 0 ? named : [UNIDENTIFIED];
    cast.forEach((actor) => used.set(actor.id, actor));
    const participants: Participant[] = cast.map((actor, i) => ({
      actor: actor.id,
      role: i === 0 ? 'initiator' : 'counterpart',
    }));
    const eventId = `event-${String(events.length + 1).padStart(2, '0')}-${cast[0]!.id}`;
    const event = build(eventId, participants, review);
    events.push(event);
    return event;
  };

  for (const sentence of sentences) {
    const inside = findings
      .map((finding, index) => ({ finding, index }))
      .filter(
        ({ finding }) =>
          !finding.isDateline && finding.phraseStart >= sentence.start && finding.phraseEnd <= sentence.end,
      );
    if (inside.length === 0) {
      const statement = text.slice(sentence.start, sentence.end);
      const action = classifyAction(statement);
      if (!action || findActors(statement, gazetteer).length === 0) continue;
      make(sentence, (eventId, participants, review) =>
        undatedEvent(text, sentence, { eventId, participants, review, lang, action }),
      );
      continue;
    }
    const quotes = quoteSpans(
      text,
      sentence,
      inside.map(({ finding }) => finding),
    );
    inside.forEach(({ finding, index }, i) => {
      const quote = quotes[i]!;
      const event = make(quote, (eventId, participants, review) =>
        datedEvent(text, quote, finding, {
          eventId,
          participants,
          review,
          lang,
          dateline,
          eventOfFinding,
          used,
        }),
      );
      eventOfFinding.set(index, event.id);
    });
  }
  keepCheckableBasis(formatCalendarDate(dateline), events, relay);

  const other = lang === 'ar' ? 'en' : 'ar';
  // Without a headline, the first statement: not a dateline line («الدوحة - 12 آذار/مارس 2026»).
  const lead = sentences.find((s) => !isDatelineOnly(s, findings));
  const title = headline?.text ?? draftTitle(text.slice(lead?.start ?? 0, lead?.end ?? 0));
  return {
    $schema: './events.schema.json',
    version: 1,
    source: {
      id,
      publisher:
        publisher ?? (lang === 'ar' ? 'Unknown publisher (to review)' : 'Unknown publisher (to review)'),
      title: { [lang]: title, [other]: other === 'en' ? `To translate: ${title}` : `للترجمة: ${title}` } as {
        en: string;
        ar: string;
      },
      language: lang,
      dateline: formatCalendarDate(dateline),
      text: textPath,
      // Written either way, so the validator can tell a report's own dateline from a relay's.
      relay,
      note: 'Drafted by `npm run draft`: each event lists under "review" what a person must still check before it is published.',
    },
    actors: [...used.values()],
    events,
  };
}

interface EventContext {
  eventId: string;
  participants: Participant[];
  review: string[];
  lang: Lang;
}

function datedEvent(
  text: string,
  quote: Span,
  finding: DateFinding,
  context: EventContext & {
    dateline: CalendarDate;
    eventOfFinding: Map<number, string>;
    used: Map<string, Actor>;
  },
): TimelineEventJson {
  const { eventId, participants, review, lang, dateline, eventOfFinding, used } = context;
  const quoteText = text.slice(quote.start, quote.end);
  const action = classifyAction(quoteText);
  let status: TimelineEventJson['status'] = finding.modality?.status ?? 'occurred';
  if (status === 'occurred' && compareCalendarDates(finding.start, dateline) > 0) {
    status = 'planned';
    review.push('status: dated after the dateline with no word of plan or proposal; planned is a guess');
  }
  const anchorId = finding.anchor === undefined ? undefined : eventOfFinding.get(finding.anchor);
  const { offsetDays, ...restBasis } = finding.basis ?? {};
  const basis = {
    ...restBasis,
    ...(offsetDays !== undefined && anchorId !== undefined ? { relativeTo: anchorId, offsetDays } : {}),
  };
  const when = describeSpan(finding.start, finding.end, 'en');
  const event: TimelineEventJson = {
    id: eventId,
    title: titles(quoteText, participants, used, lang, when),
    status,
    type: action?.type ?? 'CONSULT',
    ...(action?.mode ? { mode: action.mode } : {}),
    participants,
    attribution: { en: 'The article (to review)', ar: 'المقال (للمراجعة)' },
    time: {
      start: formatCalendarDate(finding.start),
      ...(finding.end ? { end: formatCalendarDate(finding.end) } : {}),
      precision: finding.precision,
      ...(finding.partOfDay ? { partOfDay: finding.partOfDay } : {}),
      phrase: finding.phrase,
      phraseStart: finding.phraseStart,
      phraseEnd: finding.phraseEnd,
      rule: finding.rule,
      ruleAr: finding.ruleAr,
      ...(Object.keys(basis).length > 0 ? { basis } : {}),
    },
    quotes: [quoteOf(text, quote, lang)],
    review,
  };
  review.unshift(...commonReview(lang, action === undefined));
  return event;
}

function undatedEvent(
  text: string,
  sentence: Span,
  {
    eventId,
    participants,
    review,
    lang,
    action,
  }: EventContext & { action: NonNullable<ReturnType<typeof classifyAction>> },
): TimelineEventJson {
  const statement = text.slice(sentence.start, sentence.end);
  const modality = findModality(statement, lang);
  // The statement's first words stand for the date the article does not give.
  const words = /^\S+(?:\s+\S+){0,3}/u.exec(statement)![0];
  review.unshift(...commonReview(lang, false));
  return {
    id: eventId,
    title: titles(statement, participants, new Map(), lang, 'undated'),
    status: modality?.status ?? 'background',
    type: action.type,
    ...(action.mode ? { mode: action.mode } : {}),
    participants,
    attribution: { en: 'The article (to review)', ar: 'المقال (للمراجعة)' },
    time: {
      precision: 'undated',
      phrase: words,
      phraseStart: sentence.start,
      phraseEnd: sentence.start + words.length,
      rule: 'The article gives no date for this statement; it is shown apart from the time axis, not on an invented day.',
      ruleAr: 'لا يذكر المقال تاريخًا لهذا الخبر، فيُعرض بعيدًا عن محور الزمن، لا في يوم مختلَق.',
    },
    quotes: [quoteOf(text, sentence, lang)],
    review,
  };
}

function commonReview(lang: Lang, typeGuessed: boolean): string[] {
  return [
    lang === 'ar'
      ? 'title: drafted from the statement; the English title is a placeholder to write from the Arabic'
      : 'title: drafted from the statement; an Arabic title may be added (without one, the Arabic interface shows the English)',
    ...(lang === 'ar' ? ['quotes: the translation is missing'] : []),
    'attribution: say who told the reporter',
    typeGuessed
      ? 'type: no verb told what kind of act this is; CONSULT is a placeholder'
      : 'type and mode: guessed from the verbs',
  ];
}

function titles(
  statement: string,
  participants: Participant[],
  used: Map<string, Actor>,
  lang: Lang,
  when: string,
): EventTitle {
  const drafted = draftTitle(statement);
  // An English source's events need no Arabic title: the Arabic interface shows the English one.
  if (lang === 'en') return { en: drafted };
  const names = participants.map(
    ({ actor }) => used.get(actor)?.name.en ?? (actor === UNIDENTIFIED.id ? UNIDENTIFIED.name.en : actor),
  );
  return { ar: drafted, en: `[to translate] ${names.join(', ')}, ${when}` };
}

/** A quote of the article; an English article's quotes are their own English, and need no translation. */
function quoteOf(text: string, span: Span, lang: Lang) {
  const quote = { text: text.slice(span.start, span.end), start: span.start, end: span.end };
  return lang === 'en' ? quote : { ...quote, translation: 'Translation needed.' };
}

/**
 * Each date's clause: a sentence with one date is quoted whole; with several, each date
 * keeps its clause and the clauses after it that carry no date of their own.
 */
function quoteSpans(text: string, sentence: Span, findings: readonly DateFinding[]): Span[] {
  if (findings.length === 1) return [sentence];
  const clauses = splitClauses(text, sentence);
  const clauseOf = (f: DateFinding) =>
    Math.max(
      0,
      clauses.findIndex((c) => c.start <= f.phraseStart && f.phraseStart < c.end),
    );
  const firsts = findings.map(clauseOf);
  return findings.map((_, i) => {
    const first = i === 0 ? 0 : firsts[i]!;
    const next = firsts.slice(i + 1).find((c) => c > firsts[i]!);
    const last = next === undefined ? clauses.length - 1 : next - 1;
    const from = clauses[Math.min(first, firsts[i]!)]!;
    const to = clauses[Math.max(last, firsts[i]!)]!;
    return { start: Math.min(from.start, text.length), end: to.end };
  });
}

/** The headline: the first short line near the top that is not the dateline and does not end a sentence. */
/** Whether a span is the dateline and little else (its place), not a lede that opens with it. */
function isDatelineOnly(span: Span, findings: readonly DateFinding[]): boolean {
  return findings.some(
    (f) =>
      f.isDateline &&
      f.phraseStart >= span.start &&
      f.phraseEnd <= span.end &&
      span.end - span.start - (f.phraseEnd - f.phraseStart) <= 40,
  );
}

function headlineOf(text: string, findings: readonly DateFinding[]): { text: string } | undefined {
  for (const { line, start } of headLines(text, 3)) {
    if (isDatelineOnly({ start, end: start + line.length }, findings)) continue;
    if (/[.!?؟]["”»]?\s*$/u.test(line)) return undefined;
    return { text: line.trim() };
  }
  return undefined;
}

function gazetteerOf(actors: readonly Actor[]): GazetteerEntry[] {
  const known = new Set(actors.map((actor) => actor.id));
  return [
    ...actors.map((actor) => ({ actor })),
    ...COMMON_ACTORS.filter(({ actor }) => !known.has(actor.id)),
  ];
}
