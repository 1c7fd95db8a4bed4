import { describe, expect, it } from 'vitest';
import { classifyAction } from '../../src/draft/classifyAction.ts';

describe('classifyAction', () => {
  it.each([
    ['فيما هدد الرئيس بفرض عقوبات جديدة إذا فشلت المفاوضات', 'THREATEN'],
    ['Iran threatened to walk out of the talks', 'THREATEN'],
    ['زار واشنطن لبحث احتمال توجيه ضربة', 'CONSULT visit'],
    ['The envoy met Iranian officials after the strikes', 'CONSULT'],
    ['Washington imposed sanctions ahead of the summit', 'SANCTION'],
    ['after a telephone call between the two ministers', 'CONSULT phone'],
  ])('takes the act named first: «%s» → %s', (text, expected) => {
    const action = classifyAction(text);
    expect([action?.type, action?.mode].filter(Boolean).join(' ')).toBe(expected);
  });

  it('takes a statement as what is reported only when it names no act', () => {
    expect(classifyAction('قال المتحدث إن طهران لن تتفاوض تحت الضغط')).toEqual({
      type: 'AGREE',
      mode: 'verbal',
    });
    expect(classifyAction('The minister said the talks went well')).toEqual({ type: 'CONSULT' });
  });

  it('leaves a relative clause set off by commas aside, unless nothing else names an act', () => {
    const talks = 'وتسعى الدول الثلاث، التي تعاونت في إبرام اتفاق وقف إطلاق النار، إلى دفع مفاوضات أمريكية';
    expect(classifyAction(talks)).toEqual({ type: 'CONSULT' });
    expect(classifyAction('The minister, who visited Cairo, said nothing new')).toEqual({
      type: 'AGREE',
      mode: 'verbal',
    });
    expect(classifyAction('The minister, who visited Cairo, smiled')).toEqual({
      type: 'CONSULT',
      mode: 'visit',
    });
  });

  it('makes no guess when nothing matches', () => {
    expect(classifyAction('The weather was mild.')).toBeUndefined();
  });
});
