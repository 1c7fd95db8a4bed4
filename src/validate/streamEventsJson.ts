/**
 * Parses an events document as its bytes arrive: each complete element of the top-level
 * `events` array is handed on as soon as its last byte is in, so a 100 MB document is
 * parsed (and its events checked) while the rest is still downloading, a little at a
 * time, instead of in one `JSON.parse` that freezes the page for a second.
 *
 * It only finds where elements begin and end (in compact documents mostly with `indexOf`: see
 * NEXT_EVENT); `JSON.parse` still reads every value. Anything it is not sure of (bad UTF-8 or
 * JSON, a second `events` key, `events` not an array) makes `finish()` say so, and the caller
 * parses the whole text the ordinary way, which gives the same value, or the same error
 * message, as a document that was never streamed.
 */
export interface StreamHandlers {
  /**
   * Complete events, in document order. `wellFormed`: their text held no escaped surrogate
   * (`\\uD800`–`\\uDFFF`), so, decoded from strict UTF-8, none of their strings can hold a lone one.
   */
  onEvents(events: unknown[], wellFormed: boolean): void;
  /** The document before its events (with `"events": []`), once the events array begins, if that much parses. */
  onHead?(head: unknown): void;
}

/** Whether text[at, at + 2) begins a surrogate's hex digits: `d` or `D`, then 8–9 or a–f. */
function isSurrogateLead(text: string, at: number): boolean {
  const d = text.charCodeAt(at) | 0x20;
  const next = text.charCodeAt(at + 1) | 0x20;
  return d === 0x64 /* d */ && ((next >= 0x38 && next <= 0x39) || (next >= 0x61 && next <= 0x66));
}

/**
 * Between two elements of a compact events array whose events begin with their `id`, as
 * written by `JSON.stringify` and most generators. One `indexOf` for it over 100,000 events
 * takes about 15 ms in Node; the scanner's walk to the same places took about 200 ms in the page.
 */
const NEXT_EVENT = '},{"id":';

export class EventsJsonStream {
  readonly #handlers: StreamHandlers;
  readonly #decoder = new TextDecoder('utf-8', { fatal: true });
  /** Decoded text not yet scanned to the end of an element. */
  #pending = '';
  /** How much of `#pending` has been scanned. */
  #resume = 0;
  /** The document without the elements of `events`: small, parsed at the end. */
  #envelope: string[] = [];
  #failed = false;
  #finished = false;
  // Scanner state, kept between chunks.
  #depth = 0;
  #inString = false;
  #escaped = false;
  /** Where in `#pending` the string being scanned began (the quote), when at depth 1. */
  #stringStart = -1;
  #lastKey = '';
  #eventsArrays = 0;
  #inEvents = false;
  /** Where the current element of `events` began in `#pending`, or -1 between elements. */
  #elementStart = -1;
  /** A comma has ended the last element: another must follow. */
  #afterComma = false;
  /** The current element's text holds (or may hold) an escaped surrogate, `\\uD800`–`\\uDFFF`. */
  #elementSurrogate = false;

  constructor(handlers: StreamHandlers) {
    this.#handlers = handlers;
  }

  /** Takes the next bytes; hands on every element they complete. */
  push(chunk: Uint8Array): void {
    if (this.#failed || this.#finished) return;
    let text: string;
    try {
      // The decoder drops one leading byte-order mark, as parseEventsJson does; a second is not JSON.
      text = this.#decoder.decode(chunk, { stream: true });
    } catch {
      this.#failed = true;
      return;
    }
    // Not `#pending += #finishApart(text)`: that reads #pending before the call empties it.
    const rest = this.#finishApart(text);
    this.#pending += rest;
    this.#scan();
  }

  /**
   * When the last chunk ended inside an element, and a compact document's next element
   * begins in `text`: parses the element from its two parts and returns the rest of `text`.
   * Otherwise returns `text`. Either way, what is left is appended to `#pending` and scanned.
   * Appending all of `text` to the element's beginning would copy every chunk whole when the
   * scan reads it (a third of the stream's time at 512 KiB chunks in Node).
   */
  #finishApart(text: string): string {
    if (!this.#inEvents || this.#elementStart !== 0 || this.#pending.length === 0) return text;
    const cut = text.indexOf(NEXT_EVENT);
    if (cut === -1) return text;
    const events: unknown[] = [];
    // JSON.parse checks the cut, as in the scan: one value, so the element ends there.
    if (!parseInto(events, this.#pending + text.slice(0, cut + 1), 0, Infinity)) return text;
    let surrogate = this.#elementSurrogate;
    for (let at = text.indexOf('\\u'); !surrogate && at !== -1 && at < cut; at = text.indexOf('\\u', at + 2))
      surrogate = isSurrogateLead(text, at + 2);
    this.#hand(events, !surrogate);
    // Between elements, after a comma; the next one begins at the brace of NEXT_EVENT.
    this.#pending = '';
    this.#resume = 0;
    this.#depth = 2;
    this.#inString = false;
    this.#escaped = false;
    this.#stringStart = -1;
    this.#elementStart = -1;
    this.#afterComma = true;
    this.#elementSurrogate = false;
    return text.slice(cut + 2);
  }

  /** The document with `events: []` once every byte is in, or `ok: false` when it must be parsed whole. */
  finish(): { ok: true; envelope: unknown } | { ok: false } {
    if (this.#finished) throw new Error('finish() was already called');
    this.#finished = true;
    if (this.#failed) return { ok: false };
    try {
      this.#pending += this.#decoder.decode();
    } catch {
      return { ok: false };
    }
    if (this.#inEvents || this.#inString || this.#depth !== 0 || this.#eventsArrays !== 1)
      return { ok: false };
    this.#envelope.push(this.#pending);
    this.#pending = '';
    try {
      const envelope: unknown = JSON.parse(this.#envelope.join(''));
      // The scanner and JSON.parse must agree that this was the events array: anything else, parse it whole.
      const events = (envelope as { events?: unknown } | null)?.events;
      if (!Array.isArray(events) || events.length !== 0) return { ok: false };
      return { ok: true, envelope };
    } catch {
      return { ok: false };
    }
  }

  #scan(): void {
    const text = this.#pending;
    const length = text.length;
    // The elements this scan completes, parsed.
    const events: unknown[] = [];
    // The scanner's state in locals while the loop runs (a private field per character cost
    // a third of the scan), written back by `save` before any exit.
    let depth = this.#depth;
    let inString = this.#inString;
    let escaped = this.#escaped;
    let stringStart = this.#stringStart;
    let inEvents = this.#inEvents;
    let elementStart = this.#elementStart;
    let afterComma = this.#afterComma;
    let elementSurrogate = this.#elementSurrogate;
    // Some element completed in this scan holds an escaped surrogate.
    let surrogate = false;
    const save = (): void => {
      this.#depth = depth;
      this.#inString = inString;
      this.#escaped = escaped;
      this.#stringStart = stringStart;
      this.#inEvents = inEvents;
      this.#elementStart = elementStart;
      this.#afterComma = afterComma;
      this.#elementSurrogate = elementSurrogate;
    };
    // Resume where the last chunk's scan stopped: what is before was scanned already.
    let i = this.#resume;
    // The next backslash at or after i (-1: none left): found once, not once per string.
    let backslash = text.indexOf('\\', i);
    // Whether to try cutting at NEXT_EVENT: once per scan, as it looks for one to the end.
    let tryCompact = true;
    // The next `\u` at or after where cutting went on (-1: none left, -2: not looked for).
    let escapeU = -2;
    while (i < length) {
      if (inString) {
        if (escaped) {
          escaped = false;
          i++;
          continue;
        }
        // Jump to the next quote or backslash: strings are most of the bytes.
        const quote = text.indexOf('"', i);
        if (backslash !== -1 && backslash < i) backslash = text.indexOf('\\', i);
        if (backslash !== -1 && (quote === -1 || backslash < quote)) {
          escaped = true;
          i = backslash + 1;
          // \uD800–\uDFFF; an escape cut off by the end of the chunk counts as one, to be safe.
          if (i + 2 >= length || (text.charCodeAt(i) === 0x75 /* u */ && isSurrogateLead(text, i + 1)))
            elementSurrogate = true;
          continue;
        }
        // The string goes on in the next chunk.
        if (quote === -1) break;
        inString = false;
        if (depth === 1 && stringStart !== -1) this.#lastKey = text.slice(stringStart, quote + 1);
        stringStart = -1;
        i = quote + 1;
        continue;
      }
      const code = text.charCodeAt(i);
      // Between elements, anything but blank space, a comma or a closing bracket begins the next
      // one: an object, an array, a string, a number, true, false or null.
      if (
        inEvents &&
        depth === 2 &&
        elementStart === -1 &&
        code !== 0x20 &&
        code !== 0x0a &&
        code !== 0x0d &&
        code !== 0x09 &&
        code !== 0x2c /* , */ &&
        code !== 0x5d /* ] */ &&
        code !== 0x7d /* } */
      ) {
        if (code === 0x7b /* { */ && tryCompact) {
          // Cut at each NEXT_EVENT ahead and let JSON.parse check the cut: i is where an element
          // begins, so the slice up to a cut is one JSON value only if the cut is where that
          // element ends. (No JSON string can hold `{"`.) A cut anywhere else, as in a nested
          // array of objects with ids, makes the slice fail to parse; the scanner goes on from
          // the last element that did, and cuts no more in this piece: a failed cut costs a parse.
          tryCompact = false;
          for (let cut = text.indexOf(NEXT_EVENT, i); cut !== -1; cut = text.indexOf(NEXT_EVENT, i)) {
            if (!parseInto(events, text, i, cut + 1)) break;
            if (escapeU !== -1 && escapeU < i) escapeU = text.indexOf('\\u', i);
            for (; escapeU !== -1 && escapeU < cut; escapeU = text.indexOf('\\u', escapeU + 2))
              if (isSurrogateLead(text, escapeU + 2)) surrogate = true;
            // The next element's opening brace.
            i = cut + 2;
          }
        }
        elementStart = i;
        afterComma = false;
        elementSurrogate = false;
      }
      if (code === 0x22 /* " */) {
        inString = true;
        if (depth === 1) stringStart = i;
      } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
        depth++;
        if (code === 0x5b && depth === 2 && isEventsKey(this.#lastKey)) {
          save();
          if (++this.#eventsArrays > 1) return this.#fail();
          this.#inEvents = true;
          // Keep the document up to and including the bracket; the elements go elsewhere.
          this.#envelope.push(text.slice(0, i + 1));
          this.#peekHead();
          this.#pending = text.slice(i + 1);
          this.#resume = 0;
          return this.#scan();
        }
      } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
        if (inEvents && depth === 2) {
          // The end of the events array; "[1,]" is not JSON.
          if (elementStart !== -1) {
            if (!parseInto(events, text, elementStart, i)) return this.#fail();
            surrogate ||= elementSurrogate;
          } else if (afterComma) return this.#fail();
          elementStart = -1;
          inEvents = false;
          save();
          this.#hand(events, !surrogate);
          // Scan the bracket again, as envelope.
          this.#pending = text.slice(i);
          this.#resume = 0;
          return this.#scan();
        }
        depth--;
        if (depth < 0) return this.#fail();
      } else if (code === 0x2c /* , */ && inEvents && depth === 2) {
        if (elementStart === -1) return this.#fail();
        if (!parseInto(events, text, elementStart, i)) return this.#fail();
        surrogate ||= elementSurrogate;
        elementStart = -1;
        afterComma = true;
      }
      i++;
    }
    save();
    this.#hand(events, !surrogate);
    if (this.#inEvents) {
      // Keep only the unfinished element.
      const keepFrom = this.#elementStart === -1 ? length : this.#elementStart;
      if (this.#stringStart !== -1) this.#stringStart -= keepFrom;
      this.#pending = text.slice(keepFrom);
      this.#resume = length - keepFrom;
      if (this.#elementStart !== -1) this.#elementStart = 0;
    } else {
      // Outside the events array everything is envelope: keep it whole until a key ends.
      const keepFrom = this.#inString && this.#stringStart !== -1 ? this.#stringStart : length;
      this.#envelope.push(text.slice(0, keepFrom));
      this.#pending = text.slice(keepFrom);
      this.#resume = length - keepFrom;
      if (this.#stringStart !== -1) this.#stringStart = 0;
    }
  }

  /** Hands on the events a scan completed, if it completed any. */
  #hand(events: unknown[], wellFormed: boolean): void {
    if (events.length > 0) this.#handlers.onEvents(events, wellFormed);
  }

  #peekHead(): void {
    if (!this.#handlers.onHead) return;
    let head: unknown;
    try {
      head = JSON.parse(`${this.#envelope.join('')}]}`);
    } catch {
      return;
    }
    this.#handlers.onHead(head);
  }

  #fail(): void {
    this.#failed = true;
    this.#pending = '';
    this.#envelope = [];
  }
}

/**
 * Parses text[from, to), one element, onto `events`; false if it is not JSON. One
 * `JSON.parse` per element, of a slice that shares the scanned text: joining the elements in
 * brackets first doubled the bytes to collect (about a third slower at 100,000 events).
 */
function parseInto(events: unknown[], text: string, from: number, to: number): boolean {
  try {
    events.push(JSON.parse(text.slice(from, to)));
    return true;
  } catch {
    return false;
  }
}

/** Whether the raw key text (with its quotes) is "events", however it is escaped. */
function isEventsKey(raw: string): boolean {
  if (raw === '"events"') return true;
  if (!raw.includes('\\')) return false;
  try {
    return JSON.parse(raw) === 'events';
  } catch {
    return false;
  }
}
