// Mends after round 19's merge (review 19): each case gave a wrong claim on the merged round. Texts written
// for this project (paraphrases, no article text).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const figures = (text: string, date = '2023-10-05') =>
  checkText(text, index, { pageDay: parseIsoDate(date)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.verdict]);
const measures = (text: string, date?: string) => figures(text, date).map(([, m]) => m);

describe('H1, M2: a taking of control dates the offensive only as Azerbaijan taking the region, in its month', () => {
  it('gives no day of the offensive to another taking', () => {
    expect(measures('In September 2023, the UNHCR took over the registration of refugees from Nagorno-Karabakh in Goris.')).not.toContain('date:start');
    expect(measures("En septembre 2023, la décision prise par Erevan d'accueillir les réfugiés du Haut-Karabakh a été saluée.")).not.toContain('date:start');
    expect(measures('In 2023, Azerbaijani border guards took control of the bridge on the Lachin road to Nagorno-Karabakh.')).not.toContain('date:start');
    expect(measures('On 19 September 2023, the separatists took control of a hospital in Stepanakert to treat the wounded.')).not.toContain('date:start');
  });
  it("still dates the offensive by Azerbaijan's taking of the region", () => {
    expect(figures('On 19 September 2023, Azerbaijan took control of Nagorno-Karabakh in a one-day offensive.')).toContainEqual(['19 September 2023', 'date:start', 'consistent']);
  });
});

describe('H2: a date that opens its sentence reaches no verb past another clause, and no dissolution from afar', () => {
  it('gives the dissolution no date of another clause', () => {
    expect(measures('In 2023, the Armenian government raised pensions, while in Karabakh the authorities were preparing the dissolution of the republic.')).toEqual([]);
    expect(measures('In September 2023, the Karabakh authorities agreed to hold talks on the future of the region, but dissolution was not discussed.')).not.toContain('date:dissolution');
  });
});

describe('H3: a unit after a hedge glued to a case ending', () => {
  it('is money or an age, not people who left (Armenian, Azerbaijani)', () => {
    expect(figures('Ղարաբաղից 100 000-ից ավելի դոլար է հավաքվել փախստականների համար։')).toEqual([]);
    expect(figures('Qarabağdan gələnlər üçün 100 000-dən çox manat toplanıb.')).toEqual([]);
  });
  it('keeps the hedge on a count of people', () => {
    expect(figures('Ղարաբաղից 100 000-ից ավելի մարդ է տեղահանվել Հայաստան։').map(([t, m]) => [t, m])).toContainEqual(['100 000-ից ավելի', 'left']);
  });
});

describe('H4: a share written as two numbers is of those who left only when its verb of leaving follows its people', () => {
  it('is no share who left when it is of refugees or of other people (English, Russian)', () => {
    expect(figures('Eight out of 10 refugees from Nagorno-Karabakh are still unemployed, a survey found.')).toEqual([]);
    expect(figures('Nine in ten Armenians in Yerevan say the refugees from Nagorno-Karabakh should be given housing.')).toEqual([]);
    expect(figures('Девять из десяти жителей Еревана считают, что беженцам из Карабаха нужно дать жильё.')).toEqual([]);
  });
  it('is the share who left when they left (English, Russian)', () => {
    expect(measures('Nine in ten Armenians of Nagorno-Karabakh fled to Armenia within a week.')).toContain('share_left');
    expect(measures('Девять из десяти армян Нагорного Карабаха покинули регион за неделю.')).toContain('share_left');
  });
});

describe('H5: the event a span is counted from is not the event it lasts', () => {
  it("reads 'lasted about a week after the offensive' as the exodus's span, not the offensive's", () => {
    expect(measures('The exodus from Nagorno-Karabakh lasted about a week after the offensive.')).not.toContain('duration');
  });
  it("keeps the offensive's length counted from its start", () => {
    expect(figures('The separatist forces laid down their arms less than 24 hours after the offensive began in Nagorno-Karabakh.')).toContainEqual(['less than 24 hours', 'duration', 'corroborated']);
  });
});

describe('M4 (mended at stop 26): a verb of starting dates the offensive or the exodus only when it starts them', () => {
  it('a programme launched for the displaced starts neither the exodus nor the offensive', () => {
    expect(figures('Nagorno-Karabakh refugees in Armenia: on 28 September the government launched a housing programme for the displaced.')).toEqual([]);
    expect(figures('On 28 September the Armenian government launched a housing programme in Nagorno-Karabakh.')).toEqual([]);
  });

  it('near-miss: a start verb with the offensive, its side or the fighting in its sentence still dates it', () => {
    expect(measures('Azerbaijan attacked Nagorno-Karabakh on 19 September.')).toEqual(['date:start']);
    expect(measures('Hostilities in Nagorno-Karabakh started on 19 September.')).toEqual(['date:start']);
    expect(measures('Le 19 septembre, Bakou a lancé une opération au Haut-Karabakh.')).toEqual(['date:start']);
  });

  it('near-miss: a verb of leaving right after the start verb still dates the exodus', () => {
    expect(measures('On 24 September the first refugees from Nagorno-Karabakh began arriving in Armenia.')).toEqual(['date:exodus']);
    expect(measures('On 24 September Armenians began quickly leaving Nagorno-Karabakh.')).toEqual(['date:exodus']);
  });
});

describe('M1 (mended at stop 26): a date beside a verb of saying dates the saying', () => {
  it('the officials\' day is not the decree\'s, nor the dissolution\'s, nor the exodus\'s', () => {
    expect(figures("Nagorno-Karabakh's leader signed a decree dissolving the republic, officials said on 30 September.")).toEqual([]);
    expect(figures('The exodus from Nagorno-Karabakh began, officials said on 30 September.')).toEqual([]);
  });

  it('near-miss: what is said, right after the verb of saying, is dated by it', () => {
    expect(measures('On September 19, Azerbaijan announced the start of a military operation in Nagorno-Karabakh.', '2023-09-28')).toEqual(['date:start']);
    expect(measures('Le 28 septembre, la république du Haut-Karabakh annonce sa dissolution.')).toEqual(['date:decree']);
  });

  it('near-miss: "according to" between the word and its date is no saying of another day', () => {
    expect(measures('The offensive in Nagorno-Karabakh began, according to Baku, on 19 September.')).toEqual(['date:start']);
  });
});
