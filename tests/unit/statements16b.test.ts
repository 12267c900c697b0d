// Round 16b: statements in Russian, Polish, Czech, Turkish, Azerbaijani and Armenian read in every
// aspect, tense and case, and verdicts on statements (issue 13).
import { describe, expect, it } from 'vitest';
import { readFrames } from '../../lib/statements/reader';

const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]);
const acts = (text: string) => frames(text).map((f) => [f.actor ?? f.unnamedDoer, f.action, f.polarity]);

describe('an act is read in every aspect and tense of its verb, and in its verbal noun', () => {
  it.each([
    ['ru imperfective past', 'Алиев требовал, чтобы карабахские формирования сложили оружие.', 'azerbaijan', 'demand'],
    ['ru imperfective present', 'Азербайджан блокирует Лачинский коридор.', 'azerbaijan', 'block'],
    ['pl imperfective past', 'Azerbejdżan blokował korytarz laczyński przez wiele miesięcy.', 'azerbaijan', 'block'],
    ['pl verbal noun', 'Paszynian wydał oświadczenie: odrzucenie zarzutów o obecność armii armeńskiej w Karabachu.', 'armenia', 'deny'],
    ['cs perfective future', 'Arménie obviní Ázerbájdžán z etnických čistek v Karabachu.', 'armenia', 'accuse'],
    ['cs imperfective present', 'Arménie popírá přítomnost arménské armády v Karabachu.', 'armenia', 'deny'],
  ])('%s', (_, text, actor, action) => {
    expect(acts(text).map(([a, b]) => [a, b])).toContainEqual([actor, action]);
  });
});

describe('a capital in the locative before a verb of saying in the third person plural is that government', () => {
  it.each([
    ['ru', 'В Баку настаивают, что армяне уезжают добровольно.', 'azerbaijan'],
    ['pl', 'W Erywaniu twierdzą, że Azerbejdżan prowadzi czystki etniczne.', 'armenia'],
    ['cs', 'V Jerevanu tvrdí, že Ázerbájdžán provádí etnické čistky.', 'armenia'],
  ])('%s', (_, text, actor) => {
    expect(frames(text).some((f) => f.actor === actor || f.speaker === actor)).toBe(true);
  });
  it.each([
    ['ru', 'В Ереване протестовали беженцы против роспуска республики.'],
    ['ru', 'В Баку живут журналисты, которые писали о роспуске республики.'],
    ['pl', 'W Erywaniu mieszkają uchodźcy, którzy mówią o czystce etnicznej.'],
  ])('near-miss, %s: people in the capital, not its government', (_, text) => {
    const capital = text.includes('Баку') ? 'azerbaijan' : 'armenia';
    expect(frames(text).filter((f) => f.actor === capital || f.speaker === capital)).toEqual([]);
  });
});

describe('a surrender under a condition is the demand of the party that sets it', () => {
  it.each([
    ['ru', 'Баку прекратит огонь, только если карабахские формирования сложат оружие.'],
    ['pl', 'Baku zakończy operację tylko wtedy, gdy separatyści złożą broń.'],
    ['cs', 'Ázerbájdžán zastaví operaci, jen pokud separatisté složí zbraně.'],
  ])('%s', (_, text) => {
    const f = frames(text);
    expect(f.map((x) => [x.actor, x.action])).toContainEqual(['azerbaijan', 'demand']);
    expect(f.filter((x) => x.action === 'surrender')).toEqual([]);
  });
});

describe('a word for the actor named before, in an oblique case after an attribution, is the speaker', () => {
  it.each([
    ['ru', 'МИД Азербайджана выступил с заявлением. По словам ведомства, армяне покидают Карабах добровольно.'],
    ['pl', 'MSZ Azerbejdżanu wydało oświadczenie. Według resortu wyjazd Ormian jest ich dobrowolną decyzją.'],
    ['az', 'Azərbaycan XİN bəyanat yayıb. Nazirliyin sözlərinə görə, ermənilərin getməsi onların könüllü seçimidir.'],
  ])('%s', (_, text) => {
    expect(frames(text).map((f) => [f.actor, f.action])).toContainEqual(['azerbaijan', 'say']);
  });
  it.each([
    ['ru', 'По словам министра, армяне покидают Карабах добровольно.'],
    ['pl', 'Według resortu wyjazd Ormian jest ich dobrowolną decyzją.'],
  ])('near-miss, %s: with no one named before, no one speaks', (_, text) => {
    expect(frames(text).filter((f) => f.actor !== null)).toEqual([]);
  });
});

describe('Czech negates with a prefix of the verb', () => {
  it('"nejde o etnické čistky" negates the key term', () => {
    const f = frames('Podle Baku nejde o etnické čistky.');
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.polarity < 0)).toBe(true);
  });
  it('near-miss: "jde o etnické čistky" does not', () => {
    const f = frames('Podle Jerevanu jde o etnické čistky.');
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.polarity > 0)).toBe(true);
  });
});
