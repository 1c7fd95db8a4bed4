import type { Actor, LocalizedText } from '../types.ts';

export interface Lane {
  id: string;
  label: LocalizedText;
  /** A second line under the label, e.g. the countries of a group lane. */
  detail?: LocalizedText;
  /** ISO 3166-1 alpha-2 codes of the countries whose actors lead events in this lane. */
  countries: readonly string[];
}

/**
 * The diplomacy reads as three parties and a broker: the two sides of the talks, the
 * mediators who carry messages between them, and Israel, whose military talks with
 * Washington run alongside. One lane for the three mediators shows their shuttle
 * diplomacy as one thread rather than three sparse rows.
 */
export const DEFAULT_LANES: readonly Lane[] = [
  { id: 'us', label: { en: 'United States', ar: 'الولايات المتحدة' }, countries: ['US'] },
  { id: 'iran', label: { en: 'Iran', ar: 'إيران' }, countries: ['IR'] },
  {
    id: 'mediators',
    label: { en: 'Mediators', ar: 'الوسطاء' },
    detail: { en: 'Turkey, Qatar, Egypt', ar: 'تركيا وقطر ومصر' },
    countries: ['TR', 'QA', 'EG'],
  },
  { id: 'israel', label: { en: 'Israel', ar: 'إسرائيل' }, countries: ['IL'] },
  { id: 'others', label: { en: 'Others', ar: 'أطراف أخرى' }, countries: [] },
];

const FALLBACK = DEFAULT_LANES[DEFAULT_LANES.length - 1]!;

/** The lane of an event is the lane of its lead actor: the first participant listed. */
export function laneOf(
  event: { participants: readonly { actor: string }[] },
  actors: ReadonlyMap<string, Actor>,
  lanes = DEFAULT_LANES,
): Lane {
  const lead = event.participants[0];
  const country = lead ? actors.get(lead.actor)?.country : undefined;
  return lanes.find((lane) => country !== undefined && lane.countries.includes(country)) ?? FALLBACK;
}
