// Round 22 (f22b): figures on Italian, Spanish, Portuguese, Polish, Russian and German pages. The offensive dated
// through any verb whose object is its noun ("l'Azerbaigian ha sferrato un'offensiva", "Azerbaiyán emprendió una
// operación militar"), the nouns of a military action in every language, a term of office with one end only
// (review 21 L2), "since <date>" never dating a count (the Italian "dal"), and how long someone was held
// ("600 days in detention", "Untersuchungshaft", "privado de libertad"). Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2024-09-10') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);
const asOf = (text: string, iso: string) => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.asOf, c.asOfExplicit]);

describe('the offensive dated by Azerbaijan, any verb and the offensive’s noun as its object', () => {
  it('reads the date that opens the clause or closes it (Italian, Spanish, Polish, English)', () => {
    expect(claims("Il 20 settembre, l'Azerbaigian ha sferrato un'offensiva militare che ha cambiato la vita di tutti nel Karabakh.")).toEqual([['20 settembre', 'date:start']]);
    expect(claims('En septiembre de 2023, Azerbaiyán emprendió una operación militar contra las milicias del enclave de Karabaj.')).toEqual([['septiembre de 2023', 'date:start']]);
    expect(claims('19 września sztab generalny Azerbejdżanu ogłosił początek operacji w Górskim Karabachu.')).toEqual([['19 września', 'date:start']]);
    expect(claims('Baku conducted a lightning military operation in Nagorno-Karabakh in September 2023, and the region emptied.')).toEqual([['September 2023', 'date:start']]);
  });

  it('reads a military action as a noun of the offensive (German, Portuguese)', () => {
    expect(claims('Am 20. September 2023 vertrieb Aserbaidschan mit einer Militäraktion fast alle Armenier aus Bergkarabach.')).toEqual([['20. September 2023', 'date:start']]);
    expect(claims('Em setembro de 2023, o Azerbaijão executou uma ação militar relâmpago em Nagorno-Karabakh.')).toEqual([['setembro de 2023', 'date:start']]);
  });

  it('near-miss: another year, the noun of war, Azerbaijan the object, or the date of another verb far from the clause', () => {
    expect(claims("Il 20 settembre 2024, l'Azerbaigian ha celebrato l'anniversario dell'offensiva nel Karabakh.")).toEqual([]);
    expect(claims('In 2023, Azerbaijan threatened a new war in Nagorno-Karabakh.')).toEqual([]);
    expect(claims('In September 2023, Armenia pursued a diplomatic offensive against Azerbaijan over Karabakh.')).toEqual([]);
    expect(claims('Border guards stopped the banker in September 2023 at a checkpoint on the road out of Karabakh during the Azerbaijani offensive.')).toEqual([]);
    expect(claims('En septiembre de 2021, Azerbaiyán emprendió una operación militar de maniobras cerca de Karabaj.')).toEqual([]);
    // A verb of stopping or defending the offensive on such a day is another act (review 20 H2): only verbs of carrying it out.
    expect(claims('Il 20 settembre 2023, l\'Azerbaigian ha sospeso la sua offensiva militare nel Karabakh.')).toEqual([]);
    expect(claims('En septiembre de 2023, Azerbaiyán justificó su operación militar en Karabaj ante la ONU.')).toEqual([]);
  });
});

describe('a term of office with one end only (review 21 L2)', () => {
  it('is a tenure when the word of office stands in its own apposition', () => {
    expect(claims('Davit Ishkhanyan, in office from September 2023, signed the order that dissolves Nagorno-Karabakh on 28 September.', '2023-10-05')).toEqual([
      ['September 2023', 'date:tenure'],
      ['28 September', 'date:decree'],
    ]);
    expect(claims('Davit Ishkhanyan, presidente dal settembre 2023, ha firmato il decreto di scioglimento del Nagorno-Karabakh il 28 settembre.', '2023-10-05')).toEqual([
      ['settembre 2023', 'date:tenure'],
      ['28 settembre', 'date:decree'],
    ]);
  });

  it('near-miss: the same opener in an apposition without a word of office dates nothing as a tenure', () => {
    expect(claims('The displaced families, in Armenia since September 2023, sent a letter about Nagorno-Karabakh to the president on 28 September.', '2023-10-05').map((c) => c[1])).not.toContain('date:tenure');
  });
});

describe('a term of office told by a verb of leading or an official (English, German)', () => {
  it('is a tenure, not the date of the arrest the sentence goes on to', () => {
    expect(claims('The banker, who led the self-proclaimed Karabakh republic between November 2022 and February 2023, was arrested.', '2025-01-20')).toEqual([
      ['November 2022', 'date:tenure'],
      ['February 2023', 'date:tenure'],
    ]);
    expect(claims('Der Banker, der zwischen November 2022 und Februar 2023 die selbsternannte Republik Bergkarabach geführt habe, wurde verhaftet.', '2025-01-20')).toEqual([
      ['November 2022', 'date:tenure'],
      ['Februar 2023', 'date:tenure'],
    ]);
  });

  it('near-miss: "led" in a clause of an event with its own word is no term', () => {
    expect(claims('The blockade of Nagorno-Karabakh, which led to shortages, lasted from December 2022 to September 2023.', '2025-01-20').map((c) => c[1])).not.toContain('date:tenure');
  });
});

describe('"since <date>" never dates a count (Italian "dal" is no "al")', () => {
  it('a count from a day describes the page’s day', () => {
    expect(asOf('Dal 20 settembre 90mila persone hanno lasciato il Nagorno-Karabakh.', '2023-10-04')).toEqual([['90mila', day('2023-10-04'), false]]);
  });

  it('near-miss: "al" (by) before a day still dates the count', () => {
    expect(asOf('Al 29 settembre 90mila persone avevano lasciato il Nagorno-Karabakh.', '2023-10-04')).toEqual([['90mila', day('2023-09-29'), true]]);
  });
});

describe('how long someone was held before a verdict', () => {
  it('reads a span beside a word of detention, after it or before it (Spanish, German, English, Italian)', () => {
    expect(claims('El exministro de Karabaj lleva ya 612 días privado de libertad en Bakú.', '2025-06-01')).toEqual([['612 días', 'detention_time']]);
    expect(claims('Der Politiker aus Bergkarabach hat 612 Tage Untersuchungshaft hinter sich.', '2025-06-01')).toEqual([['612 Tage', 'detention_time']]);
    expect(claims('The Karabakh leaders have been in custody for 612 days.', '2025-06-01')).toEqual([['612 days', 'detention_time']]);
    expect(claims('Dopo due anni di detenzione, a Baku è iniziato il processo ai capi del Karabakh.', '2025-06-01')).toEqual([['due anni', 'detention_time']]);
  });

  it('near-miss: a prison term handed down, a longer span in custody, or a span of another stay is no detention', () => {
    expect(claims('El tribunal impuso al exministro de Karabaj 15 años de prisión.', '2025-06-01')).toEqual([]);
    expect(claims('The Karabakh leaders were sentenced to 15 years in custody.', '2025-06-01')).toEqual([]);
    expect(claims('The refugees from Karabakh spent 20 days in a hotel in Goris.', '2025-06-01')).toEqual([]);
  });
});

describe('a year that opens its sentence dates the leaving its clause tells', () => {
  it('reads the verb of leaving past an aside (English, Russian)', () => {
    expect(claims('In 2023, after the Azerbaijani assault on Nagorno-Karabakh, over 100,000 people were forced to leave the region.', '2025-06-01')).toEqual([
      ['2023', 'date:exodus'],
      ['over 100,000', 'left'],
    ]);
    expect(claims('В 2023 году более 100 тысяч армян были вынуждены бежать из Нагорного Карабаха.', '2025-06-01')).toEqual([
      ['2023', 'date:exodus'],
      ['более 100 тысяч', 'left'],
    ]);
  });

  it('near-miss: another year, or a verb of saying before the leaving, dates nothing', () => {
    expect(claims('In 2020, after the war in Nagorno-Karabakh, some 30,000 people were forced to leave the region.', '2025-06-01').map((c) => c[1])).not.toContain('date:exodus');
    expect(claims('In 2023, the ombudsman of Nagorno-Karabakh said that most residents would leave the region.', '2025-06-01').map((c) => c[1])).not.toContain('date:exodus');
  });
});

describe('billions as a scale word in every language that writes them (Russian, Polish, Portuguese, Dutch, Czech, Spanish)', () => {
  it('a sum of billions of drams is no count of people housed', () => {
    expect(claims('По словам премьера, 40 миллиардов драмов пойдут на обеспечение жильём беженцев из Карабаха.', '2025-10-01')).toEqual([]);
    // Allocated ("przeznaczy") to the refugees, it is aid given them (stop 45), still no count of people.
    expect(claims('Rząd przeznaczy 40 miliardów dramów na mieszkania dla uchodźców z Karabachu.', '2025-10-01')).toEqual([['40 miliardów dramów', 'aid']]);
    expect(claims('O governo vai gastar 40 bilhões de drams com moradias para refugiados de Karabakh.', '2025-10-01')).toEqual([]);
  });

  it('near-miss: a count of thousands of people housed is still read', () => {
    expect(claims('По данным правительства, жильём обеспечены 40 тысяч беженцев из Карабаха.', '2025-10-01')).toEqual([['40 тысяч', 'housed']]);
  });
});
