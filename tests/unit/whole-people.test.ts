// The region's whole people written as a definite count, with no verb that counts them ("a large share of the
// 120,000 ethnic Armenians in the region fear what lies ahead"): met in a read set (held-out-13), where the
// population went unread. Lexicon `wholePeople`. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate('2023-09-27')! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure]);

describe('the definite count of the region’s people', () => {
  it.each([
    ['en', 'Azerbaijan retook Nagorno-Karabakh last month. A large share of the 120,000 ethnic Armenians in the region fear what lies ahead.', '120,000'],
    ['en', 'Azerbaijan retook Nagorno-Karabakh. Nobody knows how many of the 120,000 Karabakhs will opt to stay.', '120,000'],
    ['fr', "L'Azerbaïdjan a repris le Haut-Karabakh. Beaucoup des 120 000 habitants du Haut-Karabakh craignent l'avenir.", '120 000'],
    ['es', 'Azerbaiyán recuperó Nagorno Karabaj. Muchos de los 120.000 armenios de Nagorno Karabaj temen lo que viene.', '120.000'],
    ['de', 'Aserbaidschan hat Bergkarabach erobert. Viele der 120.000 Armenier in Bergkarabach fürchten die Zukunft.', '120.000'],
    ['it', "L'Azerbaigian ha ripreso il Nagorno-Karabakh. Molti dei 120.000 armeni del Nagorno-Karabakh temono il futuro.", '120.000'],
    ['pt', 'O Azerbaijão retomou Nagorno-Karabakh. Muitos dos 120 mil armênios de Nagorno-Karabakh temem o futuro.', '120 mil'],
    ['nl', 'Azerbeidzjan heroverde Nagorno-Karabach. Veel van de 120.000 Armeniërs in Nagorno-Karabach vrezen de toekomst.', '120.000'],
  ])('%s: is the population', (_lang, text, figure) => {
    expect(figures(text)).toContainEqual([figure, 'population']);
  });

  it('near-miss: a count below a town’s size is some of them, not all', () => {
    expect(figures('Azerbaijan retook Nagorno-Karabakh. The 300 Armenians in the region fear what lies ahead.')).toEqual([]);
  });

  it('near-miss: a count with no article, or of another noun, or placed elsewhere, is no population', () => {
    expect(figures('Azerbaijan retook Nagorno-Karabakh. Some 20,000 Armenians in the region fear what lies ahead.')).toEqual([]);
    expect(figures('Azerbaijan retook Nagorno-Karabakh. The 50,000 children in the region need schools.')).toEqual([]);
    expect(figures('Azerbaijan retook Nagorno-Karabakh. The 40,000 Armenians in Goris fear what lies ahead.')).toEqual([]);
  });

  // Found by a review of the rule (stop 41): the region's word going on to another place, or people who are not the whole.
  it.each([
    "Nagorno-Karabakh: The 20,000 people in the region's capital, Stepanakert, queued for fuel.",
    "Nagorno-Karabakh: The 12,000 Karabakhis in Yerevan's hotels still have no permanent homes.",
    'Bergkarabach: Den 46.000 Menschen in der Region Sjunik fehlt es an Wohnraum.',
    'Nagorno-Karabakh: The 25,000 people at the Karabakh border crossing waited.',
    'Nagorno-Karabakh: The 20,000 Armenians in the region of Javakheti in Georgia watch closely.',
    "Haut-Karabakh : les 30 000 Arméniens de la région de Samtskhé-Djavakhétie s'inquiètent.",
    "Nagorno-Karabakh: the 30,000 people in the enclave's armed units must disarm.",
    'I 20.000 uomini del Nagorno-Karabakh in età da combattimento devono consegnare le armi.',
    'Nagorno-Karabakh: the 30,000 families in Nagorno-Karabakh had little food after the blockade.',
  ])('near-miss: %s', (text) => {
    expect(figures(text).filter(([, m]) => m === 'population')).toEqual([]);
  });

  it('near-miss: a relative clause between the count and the region makes them others', () => {
    expect(figures('Azerbaijan retook Nagorno-Karabakh. The 30,000 volunteers who went to Karabakh in 1992 were honoured.')).toEqual([]);
  });
});
