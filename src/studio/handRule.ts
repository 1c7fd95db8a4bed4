import { parseCalendarDate } from '../calendar/calendarDate.ts';
import { formatDay } from '../format/formatDay.ts';
import type { EventTimeOf } from '../types.ts';

/**
 * The rule of a date a person set by hand: it says so, and names the days, so a reader
 * can tell an editor's reading from one the engine worked out.
 */
export function handRule(time: EventTimeOf<string>): { rule: string; ruleAr: string } {
  const phrase = time.phrase || '…';
  const days = (lang: 'en' | 'ar') => {
    const start = time.start ? parseCalendarDate(time.start) : null;
    const end = time.end ? parseCalendarDate(time.end) : null;
    if (!start) return null;
    const first = formatDay(start, { lang });
    return end ? `${first} – ${formatDay(end, { lang })}` : first;
  };
  const en = days('en');
  const ar = days('ar');
  if (time.precision === 'undated' || !en || !ar)
    return {
      rule: `The article gives no date («${phrase}»); it is shown apart from the time axis, not on an invented day.`,
      ruleAr: `لا يذكر المقال تاريخًا («${phrase}»)، فيُعرض بعيدًا عن محور الزمن، لا في يوم مختلَق.`,
    };
  return {
    rule: `Set by hand by the editor: «${phrase}» read as ${en}.`,
    ruleAr: `حدّده المحرر يدويًا: «${phrase}» يعني ${ar}.`,
  };
}
