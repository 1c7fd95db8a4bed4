/**
 * The date engine: every date expression of a news text, resolved against its dateline
 * and its narrative, with its offsets and the rule it used in English and Arabic.
 * Like chrono-node, a list of small parsers (what the words say) and refiners (what the
 * context makes of them); unlike it, the context is a news report's: the dateline, the
 * tense of the statement, whether the dateline is a relay's, and the event before.
 */
import type { CalendarDate } from '../calendar/calendarDate.ts';
import { addDays, compareCalendarDates } from '../calendar/calendarDate.ts';
import type { PartOfDay } from '../types.ts';
import { describeSpan } from './describeDay.ts';
import { modalityOf } from './modalityOf.ts';
import { normalizeDigits } from './normalizeDigits.ts';
import { parseDeictics } from './parsers/deictics.ts';
import { parseExplicitDates } from './parsers/explicitDates.ts';
import { parseHijriDates } from './parsers/hijriDates.ts';
import { parseRelatives } from './parsers/relatives.ts';
import { parseWeekdays } from './parsers/weekdays.ts';
import { parseWindows } from './parsers/windows.ts';
import { attachClockTime } from './refiners/attachClockTime.ts';
import { mergeRanges } from './refiners/mergeRanges.ts';
import { removeOverlaps } from './refiners/removeOverlaps.ts';
import type { Resolved } from './resolveReading.ts';
import { resolveReading } from './resolveReading.ts';
import { splitSentences } from './splitText.ts';
import { isLedeDate } from './wireLede.ts';
import type { DateFinding, FindDatesOptions, Found, Reading } from './types.ts';

const PARSERS = [
  parseExplicitDates,
  parseHijriDates,
  parseWeekdays,
  parseWindows,
  parseRelatives,
  parseDeictics,
];

export function findDates(text: string, { dateline, lang, relay = false }: FindDatesOptions): DateFinding[] {
  const normalized = normalizeDigits(text);
  let found = removeOverlaps(PARSERS.flatMap((parse) => parse(normalized, lang)));
  found = attachClockTime(normalized, mergeRanges(normalized, found, lang), lang);
  const sentences = splitSentences(text);
  const report = relay ? addDays(dateline, -1) : dateline;

  const results: (DateFinding | undefined)[] = [];
  let anchor: { index: number; start: CalendarDate; phrase: string } | undefined;
  const later: number[] = [];
  found.forEach((item, index) => {
    const sentence = sentences.find((s) => s.start <= item.start && item.end <= s.end) ?? item;
    const phrase = text.slice(item.start, item.end);
    if (isDatelineLine(text, item)) {
      results.push(
        finish(
          text,
          item,
          { start: dateline, window: false, how: 'the dateline', howAr: 'تاريخ المقال' },
          undefined,
          true,
        ),
      );
      return;
    }
    const modality = modalityOf(text, sentence, item, found, lang);
    if (item.reading.kind === 'window' && item.reading.window === 'later-this-week' && relay) {
      later.push(index);
      results.push(undefined);
      return;
    }
    // «…يوم الثلاثاء، بعد يوم من إطلاق…», "on Tuesday, a day after Houthi forces fired…",
    // "on Wednesday, the State Department said, a day after…": the date of what follows,
    // counted back from the clause just dated.
    // So does "it came a week after…", «وجاء ذلك بعد يومين من…», from the event just told.
    const previous = found[index - 1];
    const setOff =
      previous !== undefined &&
      anchor?.index === index - 1 &&
      APPOSITION_LINK.test(text.slice(previous.end, item.start));
    const comes = COMES.exec(text.slice(Math.max(sentence.start, item.start - 40), item.start));
    const counted = item.reading.kind === 'relative' && item.reading.apposition ? item.reading : undefined;
    // In the present ("comes", «يأتي ذلك»), the report's own day is the one it comes on.
    const reading: Reading = !counted
      ? item.reading
      : comes?.groups?.now || comes?.groups?.nowAr
        ? { kind: 'deictic', offset: -counted.offset }
        : setOff || comes
          ? { ...counted, offset: -counted.offset }
          : counted;
    const resolved = resolveReading(reading, {
      report,
      relay,
      future: isFuture(modality),
      ...(anchor ? { anchor } : {}),
    });
    if (!resolved) return void results.push(undefined);
    const finding = finish(text, item, resolved, modality, false);
    if (resolved.usedAnchor && anchor) finding.anchor = anchor.index;
    results.push(finding);
    if (!resolved.window) anchor = { index, start: resolved.start, phrase };
  });

  // «في وقت لاحق من هذا الأسبوع» in a relay runs from the last day the report tells of,
  // wherever in the text that day is named.
  const lastDated = results
    .filter((f): f is DateFinding => f !== undefined && !f.isDateline && f.precision !== 'window')
    .map((f) => f.end ?? f.start)
    .filter((day) => compareCalendarDates(day, report) <= 0)
    .sort(compareCalendarDates)
    .at(-1);
  for (const index of later) {
    const item = found[index]!;
    const sentence = sentences.find((s) => s.start <= item.start && item.end <= s.end) ?? item;
    const modality = modalityOf(text, sentence, item, found, lang);
    const resolved = resolveReading(item.reading, {
      report,
      relay,
      future: true,
      ...(lastDated ? { lastDated } : {}),
    })!;
    results[index] = finish(text, item, resolved, modality, false);
  }
  return results.filter((f): f is DateFinding => f !== undefined);
}

function finish(
  text: string,
  item: Found,
  resolved: Resolved,
  modality: DateFinding['modality'],
  isDateline: boolean,
): DateFinding {
  const phrase = text.slice(item.start, item.end);
  const { start, end } = resolved;
  const precision = resolved.window ? 'window' : end ? 'multi-day' : item.partOfDay ? 'part-of-day' : 'day';
  const part = item.partOfDay ? partNames(item.partOfDay) : undefined;
  const finding: DateFinding = {
    phrase,
    phraseStart: item.start,
    phraseEnd: item.end,
    start,
    precision,
    rule: `«${phrase}»: ${resolved.how}, so ${describeSpan(start, end, 'en')}${part ? `, in the ${part[0]}` : ''}.`,
    ruleAr: `«${phrase}»: ${resolved.howAr}، فهو ${describeSpan(start, end, 'ar')}${part ? `، ${part[1]}` : ''}.`,
  };
  if (end) finding.end = end;
  if (item.partOfDay && !resolved.window) finding.partOfDay = item.partOfDay;
  if (resolved.basis) finding.basis = resolved.basis;
  if (modality) finding.modality = modality;
  if (isDateline) finding.isDateline = true;
  return finding;
}

/**
 * A planned statement is about the future; a proposal may be told in the past («اقترح
 * الوزير يوم الاثنين», "proposed on Monday"): only a cue in the present is the future.
 */
function isFuture(modality: DateFinding['modality']): boolean {
  if (modality === undefined) return false;
  if (modality.status === 'planned') return true;
  return !/^[وف]?(?:اقترح|عرض|دعا|دعت)|^(?:proposed|suggested|offered|called|sought)/iu.test(modality.cue);
}

function partNames(part: PartOfDay): [string, string] {
  const names: Record<PartOfDay, [string, string]> = {
    morning: ['morning', 'صباحًا'],
    afternoon: ['afternoon', 'بعد الظهر'],
    evening: ['evening', 'مساءً'],
    night: ['night', 'ليلًا'],
  };
  return names[part];
}

/** Between a dated clause and "a day after X" set off from it: a comma, or a source set off by commas. */
const APPOSITION_LINK =
  /^\s*[,،]\s*(?:(?:[^,،.;؛\n]{1,60}\s(?:said|says|reported|added)|according\s+to\s[^,،.;؛\n]{1,60}|(?:وفق|بحسب|حسب)\s[^,،.;؛\n]{1,60})\s*[,،]\s*)?$/u;

/** "comes a week after", «ويأتي ذلك بعد يومين من»: what follows is the earlier event. */
const COMES =
  /(?:\b(?:(?<now>comes?)|came)(?:\s+(?:just|only|nearly|barely|almost))?|(?<![\p{L}])[وف]?(?:(?<nowAr>يأتي|تأتي)|جاء|جاءت)(?:\s+(?:ذلك|هذا|هذه|الإعلان|الاجتماع|الزيارة|الاتصال|التصريح|القرار|التحرك))?)\s+$/u;

/**
 * A short line with a full date near the top, as «07 - 02 - 2026», «بيروت، ٢٠ نيسان
 * ٢٠٢٦» or "WASHINGTON, Sept. 28, 2026", is the article's dateline, not a statement; so is
 * the day a wire lede opens with, year or not ("WASHINGTON, March 12 (AP) —", see wireLede).
 */
function isDatelineLine(text: string, item: Found): boolean {
  if (item.reading.kind !== 'date') return false;
  const lineStart = text.lastIndexOf('\n', item.start - 1) + 1;
  const linesBefore = text
    .slice(0, lineStart)
    .split('\n')
    .filter((line) => line.trim() !== '').length;
  if (linesBefore > 2) return false;
  if (isLedeDate(text.slice(lineStart, item.start), text.slice(item.end))) return true;
  // A line of its own: the date, and at most a place or a weekday beside it.
  if (item.reading.year === undefined) return false;
  const next = text.indexOf('\n', item.end);
  const lineEnd = next === -1 ? text.length : next;
  const rest = `${text.slice(lineStart, item.start)} ${text.slice(item.end, lineEnd)}`
    .replace(/[-–—،,.\s]+/gu, ' ')
    .trim();
  const ended = /[.!?؟]\s*$/u.test(text.slice(lineStart, lineEnd));
  return !ended && rest.split(' ').filter(Boolean).length <= 3;
}
