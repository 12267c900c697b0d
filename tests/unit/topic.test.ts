import { describe, expect, it } from 'vitest';
import { namesRegion, relevantPassages } from '../../lib/topic';

describe('the region in its spellings and scripts', () => {
  it.each([
    'Nagorno-Karabakh', 'Karabagh', 'Artsakh', 'Stepanakert', 'Khankendi', 'the Lachin corridor', 'the Hakari Bridge', 'Goris', 'Bergkarabach', 'Haut-Karabakh',
    'Nagorno Karabaj', 'Karabach', 'Нагорный Карабах', 'Արցախ', 'Qarabağ', "Karabakh's",
  ])('%s', (name) => expect(namesRegion(`News from ${name} today`)).toBe(true));

  it.each(['Armenia and Azerbaijan', 'Lachine, Quebec', 'Gorishta', 'a country drop-down: Armenia, Austria, Azerbaijan'])('not %s', (text) => {
    expect(namesRegion(text)).toBe(false);
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
