import type { EventsDocument, Problem, TimelineEvent, ValidateOptions, ValidationResult } from '../types.ts';
import type { Slicer } from '../util/turns.ts';
import { drain, drainInTurns, PAUSE_EVERY } from '../util/turns.ts';
import { pickDefined } from '../util/values.ts';
import { checkDatesAgainstText } from './checkDatesAgainstText.ts';
import type { CheckedEvent } from './checkedEvent.ts';
import type { ValidEnvelope } from './checkEnvelope.ts';
import { SOURCE_TEXT_FIELDS } from './checkEnvelope.ts';
import { checkEventAlone } from './checkEventAlone.ts';
import { checkEventInContext } from './checkEventInContext.ts';
import { isEnglish } from './checkSourceLanguage.ts';
import { markDuplicateIds } from './markDuplicateIds.ts';
import { reviewEvent } from './review/reviewEvent.ts';
import { validActors } from './validActors.ts';

/**
 * Checks events one at a time, as they arrive (a streamed document's events come before
 * its end), then everything that needs the whole document: actors, quotes against the
 * source text, duplicate ids and dates against the article's wording.
 */
export class EventChecker {
  readonly #checked: CheckedEvent[] = [];

  /**
   * Checks the next event on its own: its shape, its dates and its characters. `wellFormed`:
   * the caller knows no string in it can hold a lone surrogate (see EventsJsonStream).
   * `owned`: the caller has just parsed `raw` itself and keeps no reference to it, so an
   * event with no field beyond the format's can be kept as it is instead of copied.
   */
  add(raw: unknown, wellFormed = false, owned = false): void {
    this.#checked.push(checkEventAlone(raw, this.#checked.length, wellFormed, owned));
  }

  get count(): number {
    return this.#checked.length;
  }

  /** The document's valid events and every problem; `envelope` must have passed `checkEnvelope`. */
  finish(envelope: ValidEnvelope, options: ValidateOptions = {}): ValidationResult {
    return drain(this.finishSteps(envelope, options));
  }

  /** `finish`, taking turns with the page through `slicer`. */
  finishInTurns(
    envelope: ValidEnvelope,
    options: ValidateOptions,
    slicer: Slicer,
  ): Promise<ValidationResult> {
    return drainInTurns(this.finishSteps(envelope, options), slicer);
  }

  /** The finishing work, pausing (yield) every few thousand events: see validateSteps. */
  *finishSteps(
    { raw, dateline }: ValidEnvelope,
    { sourceText, sourceTextMissing, recheckDates, findModality }: ValidateOptions,
  ): Generator<void, ValidationResult> {
    const problems: Problem[] = [];
    const actors = validActors(raw.actors, problems);
    const checked = this.#checked;
    const { language, relay = true } = raw.source;
    const english = isEnglish(language);
    for (let i = 0; i < checked.length; i++) {
      checkEventInContext(checked[i]!, actors, sourceText, english);
      if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    }
    markDuplicateIds(checked);
    yield;
    checkDatesAgainstText(dateline, checked, relay);
    yield;

    const events: TimelineEvent[] = [];
    // Review notes leave the event shown: they follow the errors, in the order of the events.
    const notes: Problem[] = [];
    const valid: { event: TimelineEvent; index: number }[] = [];
    for (const entry of checked) {
      for (const problem of entry.problems) problems.push(problem);
      if (entry.problems.length === 0 && entry.event) {
        events.push(entry.event);
        if (recheckDates) valid.push({ event: entry.event, index: entry.index });
        reviewEvent(entry.event, entry.index, notes, language, findModality);
      }
    }
    if (recheckDates && sourceText !== undefined && valid.length > 0) {
      yield;
      for (const note of recheckDates(valid, { sourceText, dateline, language, relay })) notes.push(note);
    }
    if (sourceText === undefined) {
      problems.push({
        path: '/source/text',
        message: `the source text was not available${sourceTextMissing ? ` (${sourceTextMissing})` : ''}, so no quote could be checked`,
      });
    }
    for (const note of notes) problems.push(note);
    const source = {
      ...pickDefined(raw.source, SOURCE_TEXT_FIELDS),
      title: { en: raw.source.title.en, ar: raw.source.title.ar },
      dateline,
    };
    const document: EventsDocument = {
      version: 1,
      source: source as EventsDocument['source'],
      actors: [...actors.values()],
      events,
    };
    return { document, problems };
  }
}
