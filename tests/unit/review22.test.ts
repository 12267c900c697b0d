// Review 22's findings: each a wrong claim or verdict the round's new rules made on sentences they were not
// written for, and the near-miss that must still be read. Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { makeSource } from '../../lib/corpus';
import { splitPassages } from '../../lib/passages';
import { buildIndex } from '../../lib/source-index';
import { judgeFrame } from '../../lib/statements/judge';
import { readFrames } from '../../lib/statements/reader';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2023-10-05') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);
const measures = (text: string, iso = '2023-10-05') => claims(text, iso).map(([, m]) => m);

describe('H1: verbs of working and applying count refugees of a programme only when the count is theirs', () => {
  it.each([
    'In Stepanakert, Nagorno-Karabakh, 140 nurses are working at the central clinic.',
    'Roughly 60 people applied for visas at the French consulate in Yerevan, far from Nagorno-Karabakh.',
    'In Nagorno-Karabakh some 900 driving licences were issued last year.',
    'Baku said 1,800 Azerbaijani families have applied to settle in Karabakh.',
    'In der Klinik von Stepanakert in Berg-Karabach sind 140 Pfleger beschäftigt.',
    'В поликлинике Степанакерта в Нагорном Карабахе работают 140 медсестёр.',
    'En la clínica de Stepanakert, en Nagorno Karabaj, trabajan 140 enfermeras.',
  ])('%s', (text) => {
    expect(measures(text, '2024-06-01').filter((m) => m?.startsWith('applied') || m?.startsWith('employed'))).toEqual([]);
  });

  it('near-miss: a count of refugees, or of people from the region, who applied is still read', () => {
    expect(claims('Only 640 people among the more than 100,000 refugees from Nagorno-Karabakh have applied for the grant.', '2024-06-01')).toContainEqual(['Only 640', 'applied']);
    expect(measures('Since March, 1,900 families from Nagorno-Karabakh have applied for the state rent scheme.', '2024-06-01')).toContain('applied:households');
  });
});

describe('H2: "left Armenia" is the count’s own verb only in its own clause, and never a whole’s', () => {
  it.each([
    'Some 100,000 refugees came from Nagorno-Karabakh, and very few left Armenia later.',
    'Over 100,000 Armenians who fled Nagorno-Karabakh largely left Armenia’s southern towns for the capital.',
  ])('%s', (text) => {
    expect(measures(text)).not.toContain('left_armenia');
    expect(measures(text)).toContain('left');
  });

  it('a whole a part is taken from does not leave Armenia', () => {
    expect(measures('Around 8,000 of the 100,000 people who fled Nagorno-Karabakh left Armenia.')).not.toContain('left_armenia');
  });

  it('near-miss: the count’s own verb with Armenia as its object is still leaving Armenia', () => {
    expect(measures('Over 1,000 refugees from Nagorno-Karabakh have left Armenia for Russia.', '2024-06-01')).toContain('left_armenia');
  });
});

describe('H3: beside the blockade, a span of captivity is not read as time held in detention', () => {
  it.each([
    'The 120,000 people of Nagorno-Karabakh were held captive for ten months by the blockade.',
    'Die Menschen in Berg-Karabach lebten zehn Monate lang in Gefangenschaft der Blockade.',
    'Жители Нагорного Карабаха десять месяцев прожили как в плену блокады.',
    'The Karabakh leaders, after ten months of blockade and three days in custody, were taken to Baku.',
  ])('%s', (text) => {
    expect(measures(text)).not.toContain('detention_time');
  });

  it('near-miss: a span in detention with no blockade is still time held', () => {
    expect(claims('The former Karabakh minister has now spent 700 days in detention in Baku.', '2025-09-01')).toContainEqual(['700 days', 'detention_time']);
  });
});

describe('H4: a date in an apposition of the blockade is the blockade’s, not a term of office', () => {
  it.each([
    'The blockade, which Azerbaijan led from December 2022, cut Nagorno-Karabakh off from the world.',
    'The blockade of the Lachin corridor, led by so-called activists since December 2022, emptied the shops of Nagorno-Karabakh.',
    'Die Blockade Berg-Karabachs, geführt von angeblichen Aktivisten seit Dezember 2022, leerte die Läden.',
  ])('%s', (text) => {
    expect(measures(text)).not.toContain('date:tenure');
  });

  it('near-miss: an apposition of a person that holds the word of office is still a term', () => {
    expect(claims('Samvel Shahramanyan, in office from September 2023, signed the decree dissolving Nagorno-Karabakh.', '2024-01-15')).toContainEqual(['September 2023', 'date:tenure']);
  });
});

describe('H5 and L8: verbs that are no arrest and no offensive', () => {
  it('fixing a date is no arrest (de), capturing a place is no arrest (pt)', () => {
    expect(measures('Die Auflösung der Republik Berg-Karabach wurde per Dekret auf den 1. Januar 2024 festgesetzt.', '2023-10-05')).not.toContain('date:arrest');
    expect(measures('Em 20 de setembro, o Azerbaijão capturou o enclave de Nagorno-Karabakh em menos de um dia.', '2023-10-05')).not.toContain('date:arrest');
  });

  it('executing prisoners is no offensive begun', () => {
    expect(measures('On 20 September Azerbaijan executed captives during the offensive in Nagorno-Karabakh.')).not.toContain('date:start');
  });

  it('near-miss: an arrest by its own verb is still dated', () => {
    expect(measures('Der frühere Staatsminister wurde am 27. September 2023 an der Grenze zu Armenien festgenommen, als er Berg-Karabach verlassen wollte.', '2024-06-01')).toContain('date:arrest');
  });
});

const read = (text: string) => readFrames(text, [{ start: 0, end: text.length }]).map((f) => `${f.actor ?? f.unnamedDoer ?? '-'} ${f.polarity < 0 ? 'not ' : ''}${f.action ?? 'fact'} ${f.concepts.join(',')}`);

describe('H6: an order to halt, put off or not do an act is not the act', () => {
  it.each([
    'In January the Karabakh separatist leader ordered a halt to the dissolution of the state bodies.',
    "Nagorno-Karabakh's separatist president ordered that the dissolution be put off and postponed.",
    'The Karabakh separatist leader ordered his commanders to stop the disarmament.',
    'Лидер карабахских сепаратистов приказал приостановить роспуск республики.',
    'The separatist leader of Nagorno-Karabakh ordered his fighters not to hand over their weapons.',
  ])('%s', (text) => {
    expect(read(text).filter((r) => / (?:dissolve|surrender) /u.test(r))).toEqual([]);
  });

  it('near-miss: the region’s own order of its act is still that act', () => {
    expect(read('The Karabakh separatist leader ordered all state bodies of the republic disbanded by January.')).toContain('separatists dissolve dissolution');
  });
});

describe('M7: judged on its own object, an act still needs a term that says where a party stands', () => {
  const REPORT = 'Karabakh fighters lay down arms\n\nThe separatist forces of Nagorno-Karabakh surrendered their weapons on Wednesday.';
  const index = buildIndex([makeSource('wire-0921', REPORT, { id: 'wire-0921', outlet: 'Wire', date: '2023-09-21' })]);
  const judge = (sentence: string) => {
    const [frame] = readFrames(sentence, splitPassages(sentence));
    return frame ? (judgeFrame(frame, index)?.verdict ?? null) : null;
  };
  it('a recipient the report does not give is not corroborated', () => {
    expect(judge('The separatist fighters of Nagorno-Karabakh surrendered their arms to the Armenian army.')).not.toBe('corroborated');
  });
  it('near-miss: the act alone is', () => {
    expect(judge('The separatists in Nagorno-Karabakh laid down their weapons.')).toBe('corroborated');
  });
});

describe('L9: a condition inside others’ words is their forecast, not the setter’s demand', () => {
  it('analysts on what Baku would do set no demand of Baku’s', () => {
    expect(read('Observers said Baku would not end the offensive in Nagorno-Karabakh until the separatists disarmed.')).not.toContain('azerbaijan demand disarm');
  });
  it('near-miss: the setter’s own words still demand', () => {
    expect(read('Aliyev said Azerbaijan would not end the operation in Nagorno-Karabakh until the separatists disarmed.')).toContain('azerbaijan demand disarm');
  });
});
