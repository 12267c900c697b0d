// Readings met in a read set (held-out-14) where a figure took the wrong measure or event and conflicted:
// a word of leaving that only describes the people a count names ("personas desplazadas … han recibido
// alojamiento"), a noun of the attacks with its doer between it and its date ("ataques do Azerbaijão na semana
// passada"), and decades beside the year of a war that lasted weeks ("duas guerras … nas últimas três décadas,
// a última em 2020"). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string, day: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate(day)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.event]);

describe('a word of leaving that describes the people counted', () => {
  it.each([
    ['es', 'Según el Gobierno, unas 10.967 personas desplazadas de Karabaj han recibido ya alojamiento en Armenia.', 'unas 10.967'],
    ['en', 'According to the government, some 10,967 displaced people from Karabakh have already been housed in Armenia.', 'some 10,967'],
  ])('%s: gives way to the verb of housing after it', (_lang, text, figure) => {
    expect(figures(text, '2023-09-28')).toEqual([[figure, 'housed', 'exodus-2023']]);
  });

  it('near-miss: a verb of leaving joined to the housing by "and" is still what the count did', () => {
    expect(figures('More than 100,000 people fled Nagorno-Karabakh and were housed in Armenia.', '2023-09-30')).toEqual([['More than 100,000', 'left', 'exodus-2023']]);
  });

  it('near-miss: displaced people with no other verb are those who left', () => {
    expect(figures('Some 100,000 displaced people from Nagorno-Karabakh are now in Armenia.', '2023-09-30')).toEqual([['Some 100,000', 'left', 'exodus-2023']]);
  });
});

describe('the attacks’ date with their doer between', () => {
  it('is the offensive’s start, not the dissolution the sentence goes on to', () => {
    const text = 'Mais de 100 mil pessoas fugiram de Nagorno-Karabakh depois dos ataques do Azerbaijão na semana passada e do anúncio de que o governo autônomo será dissolvido.';
    expect(figures(text, '2023-09-29')).toContainEqual(['na semana passada', 'date:start', 'exodus-2023']);
  });
});

describe('decades beside the year of a short war', () => {
  it('span the conflict, not the 2020 war', () => {
    const text = 'O impasse sobre Nagorno-Karabakh já levou a duas guerras nas últimas três décadas, a última em 2020.';
    expect(figures(text, '2023-09-29')).toContainEqual(['três décadas', 'duration', 'conflict']);
  });
});
