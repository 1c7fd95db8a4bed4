/**
 * A first guess at what kind of act a statement reports (PLOVER type and mode), from
 * its verbs and nouns, for a person to confirm. No guess when nothing matches: then
 * the statement does not report an action, and an undated one is left out of the draft.
 */
import type { EventMode, PloverEventType } from '../types.ts';

/** Arabic stems at the start of a word, after و/ف/ب/ل, «ال» or the future «س». */
const ar = (stems: string) => `(?<![\\p{L}])[وفبل]?(?:ال|س)?(?:${stems})`;
const rule = (type: PloverEventType, mode: EventMode | undefined, arabic: string, english: string) =>
  [type, mode, new RegExp(`${ar(arabic)}|\\b(?:${english})`, 'iu')] as const;

/**
 * The act named first wins: «زار واشنطن لبحث احتمال توجيه ضربة» is a visit, «هدد بفرض عقوبات إذا
 * فشلت المفاوضات» a threat. At the same word, the earlier rule: meetings before force.
 */
const RULES = [
  rule(
    'CONSULT',
    'phone',
    'اتصال|هاتفي|اتصل|يتصل',
    'by\\s+(?:tele)?phone|(?:tele)?phone\\s+call|spoke\\s+by|called',
  ),
  rule('CONSULT', 'host', 'استضاف|استقبل|يستقبل|يستضيف', 'hosted|hosts|received'),
  rule('CONSULT', 'visit', 'زار|يزور|زيارة|وصل|يصل|توجه|يتوجه|يعود', 'visit|arriv|travel|fly|flew'),
  rule(
    'CONSULT',
    undefined,
    'التقى|التقيا|يلتقي|لقاء|اجتماع|اجتمع|اجتمعت|يجتمع|محادثات|مفاوضات|قمة|جولة',
    'met|meet|meeting|talks|summit|negotiat',
  ),
  rule(
    'ASSAULT',
    'military',
    'غار[ةه]|قصف|ضرب[ةه]|ضربات|هجوم|استهدف|قتل|قُتل',
    'struck|strikes?|attack|shelling|bombard|killed|fired',
  ),
  rule('MOBILIZE', 'military', 'حشد|نشر', 'deploy|build-?up|mobili[sz]'),
  rule('SANCTION', undefined, 'عقوبات', 'sanction'),
  rule('THREATEN', undefined, 'هدد|حذر|تهديد', 'threat|warn'),
  rule('ACCUSE', undefined, 'اتهم|اتهامات', 'accus|blame'),
  rule('REJECT', undefined, 'رفض|يرفض', 'reject|refus'),
  rule('AID', undefined, 'مساعدات|قافلة', 'aid\\b|humanitarian'),
  rule('AGREE', undefined, 'اتفق|اتفاق|اتفقا|تفاهمات|وقع|وقّع', 'agreed|agreement|deal|signed'),
];

/** Only when no act is named: the statement itself («قال», "said") is what is reported. */
const SAID = rule(
  'AGREE',
  'verbal',
  'قال|أعلن|أكد|أضاف|صرح|بيان|يقول|تقول|يؤكد',
  'said|says|announced|told|statement',
);

/**
 * A relative clause set off by commas tells of something else: in «وتسعى الدول الثلاث، التي
 * تعاونت في إبرام اتفاق، إلى دفع مفاوضات» the act is the talks, not the agreement.
 */
const ASIDE = /[،,]\s*(?:التي|الذي|الذين|اللذين|اللتين|اللواتي|which|who)\s[^،,.;؛]*[،,]/giu;

export function classifyAction(text: string): { type: PloverEventType; mode?: EventMode } | undefined {
  const main = text.replace(ASIDE, ' ');
  // The main clause's act, or its statement; only then what an aside names.
  const [type, mode] = firstAct(main) ?? said(main) ?? firstAct(text) ?? said(text) ?? [];
  if (type === undefined) return undefined;
  return mode ? { type, mode } : { type };
}

type Rule = (typeof RULES)[number];

function firstAct(text: string): Rule | undefined {
  let first: Rule | undefined;
  let at = Infinity;
  for (const found of RULES) {
    const index = text.search(found[2]);
    if (index !== -1 && index < at) {
      first = found;
      at = index;
    }
  }
  return first;
}

function said(text: string): Rule | undefined {
  return SAID[2].test(text) ? SAID : undefined;
}
