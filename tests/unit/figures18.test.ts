// Round 18 (figures18): counts read from the noun they count, and numbers that are no count of the
// events refused by their own phrase. Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { LEXICONS } from '../../lib/lexicon';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2023-10-02') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);

describe('a count of households is no count of people', () => {
  // Since round 21 (f21a) a count of households is a claim of its own ("left:households"), which no report gives.
  it('is a count of households, not of people who left, in every language', () => {
    expect(claims('For ten days, 500 families who fled Nagorno-Karabakh have been sleeping in a school gym in Goris, Armenia.')).toEqual([['500', 'left:households']]);
    expect(claims('Более 500 семей беженцев из Нагорного Карабаха бежали в Армению.')).toEqual([['Более 500', 'left:households']]);
    expect(claims('Z Górskiego Karabachu do Armenii uciekło 300 rodzin.')).toEqual([['300', 'left:households']]);
    expect(claims('Dağlık Karabağ’dan kaçan 400 aile Ermenistan’a ulaştı.')).toEqual([['400', 'left:households']]);
  });

  it('near-miss: a count of people beside families keeps its claim', () => {
    expect(claims('More than 500 people, whole families among them, fled Nagorno-Karabakh for Armenia.')).toEqual([['More than 500', 'left']]);
    expect(claims('Более 500 человек из Нагорного Карабаха бежали в Армению вместе с семьями.')).toEqual([['Более 500', 'left']]);
  });

  it('every lexicon names its households', () => {
    for (const lex of Object.values(LEXICONS)) expect(lex.households.length, lex.code).toBeGreaterThan(0);
  });
});

describe('a number glued to a capitalised name names a channel (review 17, L1)', () => {
  it('is no count, whatever the channel, with no list of channels', () => {
    expect(claims('Refugees from Nagorno-Karabakh told Rustavi 2 that they fled.')).toEqual([]);
    expect(claims('Refugees from Nagorno-Karabakh told ARB 24 that they fled.')).toEqual([]);
    expect(claims('Refugees from Nagorno-Karabakh told Euronews 12 that they had fled.')).toEqual([]);
    expect(claims('Россия 24 сообщила, что беженцы из Нагорного Карабаха прибывают в Горис.')).toEqual([]);
  });

  it('near-miss: a count with its own noun or verb after a capitalised word keeps its claim', () => {
    expect(claims("In Stepanakert 12 people were killed in Azerbaijan's offensive in Nagorno-Karabakh.")).toEqual([['12', 'killed']]);
    expect(claims("Another 12 were killed in Azerbaijan's offensive in Nagorno-Karabakh.")).toEqual([['12', 'killed']]);
    expect(claims('W Stepanakercie 12 osób zginęło w wyniku ataku Azerbejdżanu na Górski Karabach.')).toEqual([['12', 'killed']]);
    expect(claims('Nach der Explosion im Treibstofflager in Berg-Karabach meldeten die Behörden am Dienstag 20 Todesopfer.')).toEqual([['20', 'killed']]);
  });

  it('no lexicon lists a channel by name', () => {
    const channels = ['france', 'rustavi', 'arb', 'rai', 'tf', 'npo', 'čt', 'tvp', 'polsat', 'trt', 'россия', 'франс'];
    for (const lex of Object.values(LEXICONS)) expect(lex.numberedNames.filter((n) => channels.includes(n)), lex.code).toEqual([]);
  });
});

describe('signs of numbering and marks of the hour are lexicon words (review 17, L2)', () => {
  it('reads a sign of numbering from the lexicon, in several languages', () => {
    expect(claims('Les réfugiés du Haut-Karabakh sont hébergés à l’école n° 12 de Goris.')).toEqual([]);
    expect(claims('Flüchtlinge aus Bergkarabach sind in der Schule Nr. 12 in Goris untergebracht.')).toEqual([]);
    expect(claims('Uprchlíci z Náhorního Karabachu jsou ubytováni ve škole č. 12 v Goris.')).toEqual([]);
  });

  it('every lexicon has the fields, French the hour mark', () => {
    for (const lex of Object.values(LEXICONS)) {
      expect(Array.isArray(lex.numberSigns) && Array.isArray(lex.hourMarks), lex.code).toBe(true);
    }
    expect(LEXICONS.fr.hourMarks).toContain('h');
  });
});

describe('the bodies recovered are the dead (a count before its noun, in every language)', () => {
  it('reads bodies, corpses and remains as the killed', () => {
    expect(claims('Nach der Explosion im Treibstofflager bei Stepanakert in Berg-Karabach wurden 13 Leichen geborgen.', '2023-09-26')).toEqual([['13', 'killed']]);
    expect(claims('После взрыва на складе топлива под Степанакертом в Нагорном Карабахе найдены останки 170 человек.', '2023-09-29')).toEqual([['170', 'killed']]);
    expect(claims("Dopo l'esplosione del deposito di carburante vicino a Stepanakert, in Nagorno-Karabakh, sono stati recuperati 170 cadaveri.", '2023-09-29')).toEqual([['170', 'killed']]);
  });

  it('near-miss: a body of people that is no corpse gives no toll', () => {
    expect(claims('Un corps de 200 volontaires a accueilli les réfugiés du Haut-Karabakh à Goris.')).toEqual([]);
    expect(claims('Los cuerpos de seguridad de Armenia, 300 agentes, recibieron a los refugiados de Nagorno Karabaj en Goris.')).toEqual([]);
  });
});

describe('Czech "útok" is no noun of the offensive (review 16, H3)', () => {
  it('a dated attack is not the day the offensive began', () => {
    expect(claims('Útok dronu ve Stepanakertu 21. září zranil chlapce, uvedli představitelé Náhorního Karabachu.')).toEqual([]);
  });

  it('near-miss: the offensive itself keeps its day', () => {
    expect(claims('Ofenzíva Ázerbájdžánu v Náhorním Karabachu začala 19. září.')).toEqual([['19. září', 'date:start']]);
  });
});

describe("a count of another country's people is no count of Karabakh's", () => {
  it('gives no claim of people who left or were housed, in English, Russian and German', () => {
    expect(claims('Last year some 110,000 Russian citizens moved to Armenia, and this year more than 100,000 Armenians fled Nagorno-Karabakh.')).toEqual([['more than 100,000', 'left']]);
    expect(claims('В Армению переехали около 110 000 российских граждан, а из Нагорного Карабаха бежали более 100 000 армян.')).toEqual([['более 100 000', 'left']]);
    expect(claims('Nach Armenien sind rund 20.000 syrische Armenier gezogen; aus Bergkarabach flohen mehr als 100.000 Menschen.')).toEqual([['mehr als 100.000', 'left']]);
  });

  it("near-miss: another country's troops and those they moved keep their counts", () => {
    expect(claims('Around 2,000 Russian peacekeepers are deployed in Nagorno-Karabakh.')).toEqual([['Around 2,000', 'peacekeepers']]);
    expect(claims('Russian peacekeepers in Nagorno-Karabakh evacuated 5,000 people.')).toEqual([['5,000', 'evacuated']]);
  });
});
