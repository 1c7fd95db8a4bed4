import { describe, expect, it } from 'vitest';
import { COMMON_ACTORS } from '../../src/draft/commonActors.ts';
import { compileGazetteer, findActors } from '../../src/draft/findActors.ts';

const gazetteer = compileGazetteer([
  ...COMMON_ACTORS,
  { actor: { id: 'witkoff', name: { en: 'Steve Witkoff', ar: 'ستيف ويتكوف' }, kind: 'person' } },
]);
const ids = (text: string) => findActors(text, gazetteer).map((actor) => actor.id);

describe('findActors', () => {
  it('finds Arabic names with the article, attached و/ب/ل and alef and ya variants', () => {
    expect(ids('وللولايات المتحدة موقف')).toEqual(['us']);
    expect(ids('اتصل بايران ثم بمصر')).toEqual(['iran', 'egypt']);
    expect(ids('والتقى الوفد الإيراني')).toEqual(['iran']);
    expect(ids('وزار عُمان')).toEqual(['oman']);
  });

  it('names a person by their surname and puts the first named actor first', () => {
    expect(ids('التقى ويتكوف مسؤولين من قطر')).toEqual(['witkoff', 'qatar']);
    expect(ids('Qatar hosted Witkoff')).toEqual(['qatar', 'witkoff']);
  });

  it('does not find a name inside a longer word', () => {
    expect(ids('Iranians and the USA')).toEqual([]);
  });
});
