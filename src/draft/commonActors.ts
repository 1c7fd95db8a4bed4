import type { Actor } from '../types.ts';

/** An actor the draft can name, with the other ways a report writes it. */
export interface GazetteerEntry {
  actor: Actor;
  /** Other names: «واشنطن», "Iranian"; the actor's own names always count. */
  aliases?: readonly string[];
}

const state = (
  id: string,
  en: string,
  ar: string,
  country: string,
  aliases: string[] = [],
): GazetteerEntry => ({
  actor: { id, name: { en, ar }, kind: 'state', country },
  aliases,
});
const group = (id: string, en: string, ar: string, aliases: string[] = []): GazetteerEntry => ({
  actor: { id, name: { en, ar }, kind: 'organisation' },
  aliases,
});

/**
 * States and bodies that most reports about the region name. Demonyms are here because
 * a report writes «الوفد الإيراني» and "Iranian officials" more often than the state.
 */
export const COMMON_ACTORS: readonly GazetteerEntry[] = [
  state('us', 'United States', 'الولايات المتحدة', 'US', [
    'واشنطن',
    'أمريكا',
    'الأمريكي',
    'الأمريكية',
    'الأميركي',
    'الأميركية',
    'US',
    'U.S.',
    'American',
    'Washington',
  ]),
  state('iran', 'Iran', 'إيران', 'IR', ['طهران', 'الإيراني', 'الإيرانية', 'الإيرانيين', 'Iranian', 'Tehran']),
  state('israel', 'Israel', 'إسرائيل', 'IL', ['الإسرائيلي', 'الإسرائيلية', 'Israeli']),
  state('egypt', 'Egypt', 'مصر', 'EG', ['القاهرة', 'المصري', 'المصرية', 'Egyptian', 'Cairo']),
  state('qatar', 'Qatar', 'قطر', 'QA', ['الدوحة', 'القطري', 'القطرية', 'Qatari', 'Doha']),
  state('turkey', 'Turkey', 'تركيا', 'TR', ['أنقرة', 'التركي', 'التركية', 'Turkish', 'Türkiye', 'Ankara']),
  state('saudi-arabia', 'Saudi Arabia', 'السعودية', 'SA', ['الرياض', 'السعودي', 'Saudi', 'Riyadh']),
  state('uae', 'United Arab Emirates', 'الإمارات', 'AE', ['الإماراتي', 'الإماراتية', 'Emirati', 'UAE']),
  state('oman', 'Oman', 'عُمان', 'OM', ['مسقط', 'العماني', 'العمانية', 'Omani', 'Muscat']),
  // Not «عمّان» (Amman): without its shadda it is «عمان», Oman.
  state('jordan', 'Jordan', 'الأردن', 'JO', ['الأردني', 'الأردنية', 'Jordanian']),
  state('lebanon', 'Lebanon', 'لبنان', 'LB', ['بيروت', 'اللبناني', 'اللبنانية', 'Lebanese', 'Beirut']),
  state('syria', 'Syria', 'سوريا', 'SY', ['دمشق', 'السوري', 'السورية', 'Syrian', 'Damascus']),
  state('iraq', 'Iraq', 'العراق', 'IQ', ['بغداد', 'العراقي', 'العراقية', 'Iraqi', 'Baghdad']),
  state('sudan', 'Sudan', 'السودان', 'SD', ['السوداني', 'السودانية', 'Sudanese', 'Khartoum']),
  state('kuwait', 'Kuwait', 'الكويت', 'KW', ['الكويتي', 'الكويتية', 'Kuwaiti']),
  state('russia', 'Russia', 'روسيا', 'RU', ['موسكو', 'الروسي', 'الروسية', 'Russian', 'Moscow', 'Kremlin']),
  state('ukraine', 'Ukraine', 'أوكرانيا', 'UA', ['كييف', 'الأوكراني', 'الأوكرانية', 'Ukrainian', 'Kyiv']),
  state('china', 'China', 'الصين', 'CN', ['بكين', 'الصيني', 'الصينية', 'Chinese', 'Beijing']),
  state('france', 'France', 'فرنسا', 'FR', ['باريس', 'الفرنسي', 'الفرنسية', 'French', 'Paris']),
  state('uk', 'United Kingdom', 'المملكة المتحدة', 'GB', [
    'بريطانيا',
    'البريطاني',
    'البريطانية',
    'Britain',
    'British',
    'London',
  ]),
  state('germany', 'Germany', 'ألمانيا', 'DE', ['برلين', 'الألماني', 'الألمانية', 'German', 'Berlin']),
  state('palestine', 'Palestine', 'فلسطين', 'PS', ['الفلسطيني', 'الفلسطينية', 'Palestinian']),
  group('un', 'United Nations', 'الأمم المتحدة', [
    'الأممي',
    'الأممية',
    'UN',
    'U.N.',
    'Security Council',
    'مجلس الأمن',
  ]),
  group('eu', 'European Union', 'الاتحاد الأوروبي', ['EU', 'E.U.', 'الأوروبي']),
  group('iaea', 'International Atomic Energy Agency', 'الوكالة الدولية للطاقة الذرية', ['IAEA']),
  group('nato', 'NATO', 'حلف شمال الأطلسي', ['الناتو', 'NATO']),
  group('hamas', 'Hamas', 'حركة حماس', ['حماس']),
  group('hezbollah', 'Hezbollah', 'حزب الله', []),
  group('houthis', 'Houthis', 'الحوثيون', ['الحوثي', 'الحوثيين', 'Houthi']),
];
