// Round 15 (b): every aspect and tense of an act in Russian, Polish, Czech; a quote's speaker as the
// doer of a claim; an act read with the party that demanded it as its doer is that party's demand.
import { describe, expect, it } from 'vitest';
import { readFrames } from '../../lib/statements/reader';
import { speakerActs } from '../../lib/statements/check-statements';

const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]);
const acts = (text: string) => frames(text).map((f) => [f.actor ?? f.unnamedDoer, f.action]);

describe('an act in every aspect and tense', () => {
  it.each([
    ['ru', 'Армянские вооружённые отряды в Карабахе разоружатся.'],
    ['ru', 'Армянские вооружённые отряды в Карабахе сложат оружие.'],
    ['pl', 'Ormiańscy bojownicy w Karabachu składają broń.'],
    ['pl', 'Ormiańscy bojownicy w Karabachu skapitulują.'],
    ['cs', 'Arménští separatisté v Karabachu složí zbraně.'],
  ])('%s: %s surrenders', (_, text) => {
    expect(acts(text)).toContainEqual(['separatists', 'surrender']);
  });
  it('"will arm" is not "will disarm"', () => {
    expect(frames('Польша вооружат свои армии новыми танками.').filter((f) => f.action === 'surrender')).toEqual([]);
  });
  it('the separatist republic "will cease to exist" in the plural and the past too (Polish, Czech)', () => {
    expect(frames('Separatystyczne władze Górskiego Karabachu przestaną istnieć.').some((f) => f.action === 'dissolve')).toBe(true);
    expect(frames('Samozvaná republika Náhorní Karabach přestala existovat.').some((f) => f.action === 'dissolve')).toBe(true);
  });
});

describe('an actor in every case (Russian instrumental)', () => {
  it('"с Арменией", "с Россией" are Armenia and Russia', () => {
    const f = frames('Переговоры с Арменией: Пашинян обвинил Азербайджан в этнической чистке.').find((x) => x.action === 'accuse');
    expect(f?.actor).toBe('armenia');
  });
});

describe('no Armenians left, said in the future', () => {
  it.each([
    ['ru', 'Пашинян заявил, что скоро армян в Нагорном Карабахе не будет.'],
    ['pl', 'Paszynian ostrzega, że w Górskim Karabachu nie zostanie żaden Ormianin.'],
  ])('%s', (_, text) => {
    expect(frames(text).some((f) => f.concepts.includes('no-armenians-left') && f.actor === 'armenia')).toBe(true);
  });
  it('near-miss: refugees in tents', () => {
    expect(frames('В Ереване заявили, что армян-беженцев в палатках больше не будет.').some((f) => f.concepts.includes('no-armenians-left'))).toBe(false);
  });
});

describe('a negation after a fronted object still negates ("к отъезду не принуждает")', () => {
  it('a denial, not an allegation', () => {
    const f = frames('Гаджиев заявил, что Баку никого к отъезду не принуждает.').find((x) => x.concepts.includes('expulsion'));
    expect(f?.polarity).toBe(-1);
  });
});

describe('a claim with no doer but a speaker is the speaker\'s own', () => {
  it('"„Odrzucamy …” – przekazało MSZ Azerbejdżanu": Azerbaijan denies', () => {
    const f = frames('„Stanowczo odrzucamy oskarżenia o czystki etniczne” – przekazało MSZ Azerbejdżanu.').find((x) => x.action === 'deny');
    expect(f && speakerActs(f).actor).toBe('azerbaijan');
  });
  it('a deed the speaker reports keeps no doer', () => {
    const f = { ...frames('„Stanowczo odrzucamy oskarżenia o czystki etniczne” – przekazało MSZ Azerbejdżanu.')[0]!, action: 'open' as const, actor: null };
    expect(speakerActs(f).actor).toBeNull();
  });
});

describe('Czech "se vzdát" names no object of its own', () => {
  it('"se vzdají funkce" (will resign) is no surrender', () => {
    expect(frames('Představitelé separatistů v Karabachu se vzdají funkcí.').filter((f) => f.concepts.includes('disarm'))).toEqual([]);
  });
});
