// What a count of inhabitants is depends on the words around it: the whole a share is taken from is the
// population ("plus de 80% des 120'000 habitants recensés"), and the inhabitants an exodus is "of" are
// those who left ("the exodus of 100,000 residents"), not the region's population judged against 120,000.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate('2023-09-30')! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.verdict]);

describe('a count of inhabitants', () => {
  it.each([
    ["Au Haut-Karabakh, plus de 80% des 120'000 habitants recensés officiellement ont abandonné leur logement.", "120'000"],
    ['In Nagorno-Karabakh more than 80% of the 120,000 residents registered there have left.', '120,000'],
  ])('is the population when a share is taken from it, whatever verb describes it: %s', (text, count) => {
    expect(figures(text)).toContainEqual([count, 'population', 'corroborated']);
  });

  it.each([
    ['The exodus of 100,000 residents from Nagorno-Karabakh has begun.', '100,000'],
    ["L'exode des 100 000 habitants du Haut-Karabakh a commencé.", '100 000'],
    ['Der Exodus von 100.000 Einwohnern aus Bergkarabach hat begonnen.', '100.000'],
  ])('is who left after a word of leaving and "of": %s', (text, count) => {
    expect(figures(text)).toEqual([[count, 'left', 'corroborated']]);
  });

  it('near-miss: registered in Armenia, with no share taken from it, stays a count of registered refugees', () => {
    expect(figures('More than 100,000 residents of Karabakh have been registered in Armenia.').map(([, m]) => m)).toEqual(['registered']);
  });
});
