import { DAY_NAMES } from '../calendar/dayNames.ts';
import type { Lang } from '../i18n/strings.ts';

// The few date patterns the widget writes, without date-fns' `format` and two of its locales
// (about 6 KiB gzip of the single-file script, for nine tokens).
const TOKEN = /EEEE|EEE|MMMM|MMM|yyyy|HH|mm|ss|d/g;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A local `Date` written with a pattern of date-fns tokens: EEEE EEE (weekday), MMMM MMM
 * (month), d, yyyy, HH, mm, ss; any other character stands for itself.
 */
export function formatPattern(date: Date, pattern: string, lang: Lang): string {
  const names = DAY_NAMES[lang];
  return pattern.replace(TOKEN, (token) => {
    switch (token) {
      case 'EEEE':
        return names.weekdays[date.getDay()]!;
      case 'EEE':
        return names.weekdaysShort[date.getDay()]!;
      case 'MMMM':
        return names.months[date.getMonth()]!;
      case 'MMM':
        return names.monthsShort[date.getMonth()]!;
      case 'yyyy':
        return String(date.getFullYear()).padStart(4, '0');
      case 'HH':
        return pad(date.getHours());
      case 'mm':
        return pad(date.getMinutes());
      case 'ss':
        return pad(date.getSeconds());
      default:
        return String(date.getDate());
    }
  });
}
