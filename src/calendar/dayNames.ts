/**
 * Month and weekday names, in English and in Arabic as the article's readers write them
 * (Egyptian month names: يناير، فبراير). Shared by the date engine's rules, the widget's
 * labels and the benchmark's generated text, so a day is named the same way everywhere.
 * Short forms are date-fns' own for en-GB and ar-EG.
 */
export const DAY_NAMES = {
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
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    weekdaysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
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
    weekdays: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
    weekdaysShort: ['أحد', 'اثنين', 'ثلاثاء', 'أربعاء', 'خميس', 'جمعة', 'سبت'],
  },
} as const;
