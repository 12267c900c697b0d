import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesRegion, pageNamesRegion, relevantPassages } from '../../lib/topic';

describe('the region in its spellings and scripts', () => {
  it.each([
    'Nagorno-Karabakh', 'Karabagh', 'Artsakh', 'Stepanakert', 'Khankendi', 'the Lachin corridor', 'the Hakari Bridge', 'Goris', 'Bergkarabach', 'Haut-Karabakh',
    'Nagorno Karabaj', 'Karabach', 'Нагорный Карабах', 'Արցախ', 'Qarabağ', "Karabakh's",
  ])('%s', (name) => expect(namesRegion(`News from ${name} today`)).toBe(true));

  it.each(['Armenia and Azerbaijan', 'Lachine, Quebec', 'Gorishta', 'a country drop-down: Armenia, Austria, Azerbaijan'])('not %s', (text) => {
    expect(namesRegion(text)).toBe(false);
  });
});

describe('the page gate', () => {
  it.each([
    'Nagorno-Karabakh', 'Karabagh', 'Artsakh', 'Stepanakert', 'Khankendi', 'Xankəndi', 'Bergkarabach', 'Haut-Karabakh', 'Nagorno Karabaj', 'Qarabağ',
    'KARABAKH', 'ARTSAKH', 'nagorno-karabakh',
  ])('reads a page naming %s', (name) => expect(pageNamesRegion(`Live updates. News from ${name} today.`)).toBe(true));

  // A page in Cyrillic or Armenian script is known by the small a (а, ա) of every name, then searched.
  it.each([
    'Беженцы прибывают из Нагорного Карабаха.', 'ГЛАВНОЕ: НАГОРНЫЙ КАРАБАХ. Беженцы прибывают.', 'Из Ханкенди выехали беженцы.', 'Колонна вышла из Степанакерта.',
    'Արցախից փախստականներ են գալիս։', 'ՍՏԵՓԱՆԱԿԵՐՏ։ Փախստականներ են գալիս։', 'Ղարաբաղից դուրս եկան։',
  ])('reads %s', (text) => expect(pageNamesRegion(text)).toBe(true));

  // The gate runs on every page, so it looks for the region's own names only, as pages write them.
  it.each(['the Lachin corridor', 'the Hakari Bridge', 'Goris', 'stepanakert', 'qarabağ'])('does not read a page naming only %s', (name) => {
    expect(pageNamesRegion(`Live updates. News from ${name} today.`)).toBe(false);
  });

  it.each(['Karabash, Chelyabinsk Oblast', 'Stepanov and Artsan', 'Xanken Road', 'Армения и Россия', 'Հայաստան'])('does not read %s', (text) => {
    expect(pageNamesRegion(text)).toBe(false);
  });

  it('never reads a page that namesRegion would not', () => {
    const names = fc.constantFrom('Karabakh', 'Karabash', 'KARABA', 'Stepan', 'Xank', 'Artsa', 'карабах', 'а', 'ա', 'Qaraba', 'Khankendi', ' ');
    fc.assert(fc.property(fc.array(fc.oneof(fc.string(), names)), (parts) => !pageNamesRegion(parts.join('')) || namesRegion(parts.join(''))));
  });

  it('reads every report of both corpora, since a page quoting one should be checked', () => {
    const dirs = [new URL('../../seeds/', import.meta.url), new URL('../../../shared/eval/alt-corpus/', import.meta.url)];
    const texts = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8')));
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(pageNamesRegion(text)).toBe(true);
  });
});

describe('relevance is decided per passage', () => {
  it('a passage with context words near one naming the region is relevant; a far or unrelated one is not', () => {
    const passages = [
      'Azerbaijan retook Nagorno-Karabakh last week.',
      'By Thursday 78,300 people had left for Armenia.',
      'The weather was mild.',
      'Shares in tech firms rose 5 percent.',
      'Unrelated line.',
      'Unrelated line.',
      'Armenia exports brandy worth 200 million dollars.',
    ];
    expect(relevantPassages(passages)).toEqual([true, true, false, false, false, false, false]);
  });
});
