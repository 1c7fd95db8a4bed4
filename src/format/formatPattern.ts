import type { Lang } from '../i18n/strings.ts';

/**
 * The few date patterns the widget writes, without date-fns' `format` and two of its locales
 * (about 6 KiB gzip of the single-file script, for nine tokens). Names are date-fns' own for
 * en-GB and ar-EG, so labels read as before: Egyptian month names (يناير، فبراير), as the
 * article's readers write them.
 */
const NAMES: Record<Lang, { months: string[]; monthsShort: string[]; days: string[]; daysShort: string[] }> =
  {
    en: {
      months: [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ],
      monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
      days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
      daysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    },
    ar: {
      months: [
        'يناير',
        'فبراير',
        'مارس',
        'أبريل',
        'مايو',
        'يونيو',
        'يوليو',
        'أغسطس',
        'سبتمبر',
        'أكتوبر',
        'نوفمبر',
        'ديسمبر',
      ],
      monthsShort: [
        'ينا',
        'فبر',
        'مارس',
        'أبريل',
        'مايو',
        'يونـ',
        'يولـ',
        'أغسـ',
        'سبتـ',
        'أكتـ',
        'نوفـ',
        'ديسـ',
      ],
      days: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
      daysShort: ['أحد', 'اثنين', 'ثلاثاء', 'أربعاء', 'خميس', 'جمعة', 'سبت'],
    },
  };

const TOKEN = /EEEE|EEE|MMMM|MMM|yyyy|HH|mm|ss|d/g;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A local `Date` written with a pattern of date-fns tokens: EEEE EEE (weekday), MMMM MMM
 * (month), d, yyyy, HH, mm, ss; any other character stands for itself.
 */
export function formatPattern(date: Date, pattern: string, lang: Lang): string {
  const names = NAMES[lang];
  return pattern.replace(TOKEN, (token) => {
    switch (token) {
      case 'EEEE':
        return names.days[date.getDay()]!;
      case 'EEE':
        return names.daysShort[date.getDay()]!;
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
