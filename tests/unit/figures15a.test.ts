// Round 15a: what a count measures, read from the structure of its clause when no verb the lexicon
// knows says it: where the people came from or went, "the number of X", "their number". Texts written
// for this project (paraphrases; no article text).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const pageDay = day('2023-09-28');
/** The claims of a text as [figure, measure] pairs. */
const read = (text: string) => extractClaims(text, { pageDay }).map((c) => [c.text, c.measure]);

describe('a count of people with no verb: where they came from or went', () => {
  it('reads "from the region" and "to Armenia" as leaving, in English, German, Russian and Turkish', () => {
    expect(read('Over 50,000 people from Nagorno-Karabakh to Armenia since Sunday')).toEqual([['Over 50,000', 'left']]);
    expect(read('Mehr als 50.000 Menschen aus Berg-Karabach seit Sonntag in Armenien')).toEqual([['Mehr als 50.000', 'left']]);
    expect(read('Более 50 000 человек из Нагорного Карабаха за три дня.')).toEqual([['Более 50 000', 'left']]);
    expect(read("Üç günde 50 bin kişi Karabağ'dan Ermenistan'a.")).toEqual([['50 bin', 'left']]);
  });

  it('reads a relative clause after a comma as describing the people counted', () => {
    expect(read('Die Regierung sprach am Abend von 5000 Personen, die aus Berg-Karabach nach Armenien kamen.')).toEqual([['5000', 'left']]);
  });

  it('reads a verb of taking people in, in English and French', () => {
    expect(read('"Goris has received 20,000 people from Nagorno-Karabakh since Sunday," the mayor said.')).toEqual([['20,000', 'left']]);
    expect(read("L'Arménie a accueilli 50 000 personnes depuis la chute du Haut-Karabakh.")).toEqual([['50 000', 'left']]);
  });

  it('gives nothing for a count someone is housed for, one small group, a forecast or a capacity (near-misses)', () => {
    expect(read('The government said tents are ready for 40,000 families from Nagorno-Karabakh.')).toEqual([]);
    expect(read('De regering zegt dat er onderkomens zijn voor 40.000 gezinnen uit Nagorno-Karabach.')).toEqual([]);
    expect(read('An ambulance brought 23 people from Nagorno-Karabakh across the border.')).toEqual([]);
    expect(read('Up to 120,000 people from Nagorno-Karabakh could go to Armenia, the UN said.')).toEqual([]);
    expect(read('Armenia is ready to receive 40,000 people from Nagorno-Karabakh.')).toEqual([]);
  });
});

describe('the number of X: the measure comes from X', () => {
  it('reads the dead named by "the number of" far from the figure, in Polish and English', () => {
    expect(read('Liczba ofiar śmiertelnych ostrzału miast w Górskim Karabachu, jak podało w środę ministerstwo, wzrosła do 200.')).toEqual([['200', 'killed']]);
    expect(read('The number of those killed in the offensive on Nagorno-Karabakh, health officials in Stepanakert said on Thursday, rose to 200.')).toEqual([['200', 'killed']]);
  });

  it('gives nothing when X names nobody the engine counts (near-miss)', () => {
    expect(read('The number of journalists accredited in Nagorno-Karabakh, officials in Stepanakert said on Thursday, rose to 200.')).toEqual([]);
  });
});

describe('their number: a possessive number points back to the "number of X" of its sentence', () => {
  it('reads the refugees named earlier in the sentence, in Polish and French', () => {
    expect(read('Władze Górskiego Karabachu podały nową liczbę uchodźców, informując, że ich liczba sięgnęła 20 000.')).toEqual([['20 000', 'left']]);
    expect(read('Les autorités du Haut-Karabakh ont publié le nombre de réfugiés, précisant que leur nombre a atteint 20 000.')).toEqual([['20 000', 'left']]);
  });

  it('does not carry a noun to a later "number of" that names something else (near-miss)', () => {
    expect(read('Le nombre de réfugiés du Haut-Karabakh augmente et le nombre de tentes a atteint 3000.')).toEqual([]);
  });
});

describe('the count’s own noun wins over a population phrase before it', () => {
  it('reads refugees after "population … de" as leaving (Spanish)', () => {
    expect(read('Nagorno Karabaj ha perdido casi toda su población armenia, con la llegada de más de 50.000 refugiados a Armenia.').filter(([, m]) => m !== 'share_left')).toEqual([['más de 50.000', 'left']]);
  });

  it('reads a modal of an earlier clause as no forecast of the count (English)', () => {
    expect(read('She packed everything she could carry, fleeing Nagorno-Karabakh along with 50,000 others.')).toEqual([['50,000', 'left']]);
  });
});

describe('"number" after its noun, where the noun comes first (Turkish, Azerbaijani)', () => {
  it('reads whose dead a toll counts from the noun before "sayısı" / "sayı"', () => {
    expect(read("Bakanlık, Dağlık Karabağ'daki operasyonda şehit olan asker sayısının 190'a yükseldiğini bildirdi.")).toEqual([['190', 'killed:soldiers']]);
    expect(read('Nazirlik Qarabağdakı əməliyyatda şəhid olan hərbçilərin sayının 190-a çatdığını bildirib.')).toEqual([['190', 'killed:soldiers']]);
  });

  it('gives nothing when the noun before it names nobody the engine counts (near-miss)', () => {
    expect(read("Bakanlık, Dağlık Karabağ'a giden gazetecilerin sayısının 190'a yükseldiğini bildirdi.")).toEqual([]);
  });
});

describe('the noun after an abbreviated scale word, and a relative pronoun that points back', () => {
  it('reads the noun past "tys." and whose troops "których" names (Polish), as English does', () => {
    expect(read('Rosyjskie oddziały pokojowe w Górskim Karabachu, których 2 tys. żołnierzy stacjonuje tam od trzech lat, nie zareagowały.')).toEqual([['2 tys', 'peacekeepers']]);
    expect(read('W Górskim Karabachu nadal przebywa ponad 2 tys. żołnierzy.')).toEqual([['ponad 2 tys', 'troops']]);
    expect(read("Russia's peacekeeping contingent, which has about 2,000 soldiers in Nagorno-Karabakh, did not intervene.")).toEqual([['about 2,000', 'peacekeepers']]);
  });
});
