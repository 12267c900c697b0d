// Round 24 (f24b): figures on Italian, Spanish, Portuguese, Polish, Russian and German pages. German's article standing
// for "one" before a unit of time ("in einer Woche", as "en una semana" and "em uma semana" already read through their
// number words), Italian "giornata" as a day, a span of detention with an open bound ("più di un anno di detenzione"), and a count of people
// right after a preposition of purpose that completes a word of housing ("alloggi per oltre 30mila sfollati"): those
// housed, never those who left; a date right after the offensive's noun and its "of" dates the offensive
// whatever verb of arresting follows ("nach der Offensive von September 2023 festgenommen"). Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { vocabularyFor } from '../../lib/lexicon/index';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2023-10-05') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);

describe('an article for "one" before a unit of time', () => {
  it('reads German’s article as the other languages’ "un", "uma", "une", "een" are read (their number words)', () => {
    expect(claims('Nel giro di un giorno di combattimenti, le truppe azere hanno travolto le difese del Nagorno Karabakh.')).toEqual([['un giorno', 'duration']]);
    expect(claims('En una semana, más de 100.000 personas huyeron de Nagorno Karabaj hacia Armenia.')).toEqual([['una semana', 'exodus_time'], ['más de 100.000', 'left']]);
    expect(claims('Em uma semana, mais de 100 mil pessoas fugiram de Nagorno-Karabakh para a Armênia.')).toEqual([['uma semana', 'exodus_time'], ['mais de 100 mil', 'left']]);
    expect(claims('In einer Woche flohen mehr als 100.000 Menschen aus Bergkarabach nach Armenien.')).toEqual([['einer Woche', 'exodus_time'], ['mehr als 100.000', 'left']]);
    expect(claims("L'offensive de l'Azerbaïdjan au Haut-Karabakh a duré une journée.")).toEqual([['une journée', 'duration']]);
    expect(claims('De gevechten in Nagorno-Karabach duurden een dag.')).toEqual([['een dag', 'duration']]);
  });

  it('reads "giornata" as a day', () => {
    expect(claims("L'offensiva azera nel Nagorno Karabakh è durata una giornata.")).toEqual([['una giornata', 'duration']]);
  });

  it('near-miss: "one day" as some day, a rate, "eines Tages", and German’s article in a text of unknown language', () => {
    expect(claims('Un giorno, dicono i profughi del Nagorno Karabakh, torneremo a casa dopo la guerra.')).toEqual([]);
    expect(claims('I medici visitano i profughi del Nagorno Karabakh due volte a settimana, dopo la guerra.')).toEqual([]);
    expect(claims('Eines Tages, sagen die Flüchtlinge aus Bergkarabach, kehren wir nach dem Krieg zurück.')).toEqual([]);
    // Read with every lexicon at once, only English's articles are articles: "ein" is a frequent word of German text only.
    expect(vocabularyFor(null).spanArticles.has('ein')).toBe(false);
    expect(vocabularyFor(null).spanArticles.has('a')).toBe(true);
    expect(vocabularyFor('de').spanArticles.has('einer')).toBe(true);
  });
});

describe('a span of detention with an open bound', () => {
  it('is held to its low end (Italian, English)', () => {
    expect(claims('Dopo più di un anno di detenzione cautelare, a Baku si sono aperti i processi contro gli ex leader del Nagorno Karabakh.', '2025-02-01')).toEqual([['più di un anno', 'detention_time']]);
    expect(claims('After more than 480 days in custody, the former leaders of Nagorno-Karabakh went on trial in Baku.', '2025-02-01')).toEqual([['more than 480 days', 'detention_time']]);
  });

  it('near-miss: an open bound past three years is no detention of these events', () => {
    expect(claims("Dopo più di vent'anni di detenzione, l'ex prigioniero ha parlato del Nagorno Karabakh.", '2025-02-01')).toEqual([]);
  });
});

describe('a count of people after a preposition of purpose that completes a word of housing', () => {
  it('counts those housed, not those who left (Italian, English, Spanish)', () => {
    expect(claims('Le autorità armene hanno preparato alloggi temporanei per oltre 30mila sfollati del Nagorno Karabakh.')).toEqual([['oltre 30mila', 'housed']]);
    expect(claims('The authorities have provided temporary accommodation for more than 32,000 displaced people from Nagorno-Karabakh.')).toEqual([['more than 32,000', 'housed']]);
    expect(claims('El gobierno armenio ofreció alojamiento para 5.000 desplazados de Nagorno Karabaj.')).toEqual([['5.000', 'housed']]);
  });

  it('near-miss: housing to be built, or a purpose past a clause’s end', () => {
    expect(claims('The government will build housing for 30,000 refugees from Nagorno-Karabakh.')).toEqual([]);
    expect(claims('Sono fuggite dal Nagorno Karabakh più di 100.000 persone e il governo ha offerto alloggi; per 30.000 sfollati non c’è ancora posto.').map(([, m]) => m)).not.toContain('housed');
  });
});

describe('a date right after the offensive’s noun and its "of" is the offensive’s, whatever verb follows', () => {
  it('dates the offensive, not the arrest (German, English, Spanish, Italian)', () => {
    expect(claims('Das Verfahren gilt Armeniern, die nach der Offensive von September 2023 in Bergkarabach festgenommen worden waren.', '2025-01-17')).toEqual([['September 2023', 'date:start']]);
    expect(claims('Vardanyan was among the leaders of Nagorno-Karabakh detained after the offensive of September 2023.', '2025-01-17')).toEqual([['September 2023', 'date:start']]);
    expect(claims('Los líderes de Karabaj fueron detenidos tras la ofensiva de septiembre de 2023.', '2025-01-17')).toEqual([['septiembre de 2023', 'date:start']]);
    expect(claims("Ruben Vardanyan è stato arrestato dopo l'offensiva del settembre 2023 nel Nagorno Karabakh.", '2025-01-17')).toEqual([['settembre 2023', 'date:start']]);
  });

  it('near-miss: "in" between the noun and the date, or the date the arrest’s own', () => {
    expect(claims('Er wurde nach der Offensive im Oktober 2023 in Bergkarabach festgenommen.', '2025-01-17')).toEqual([['Oktober 2023', 'date:arrest']]);
    expect(claims('Vardanyan was arrested in September 2023 after the offensive on Nagorno-Karabakh.', '2025-01-17')).toEqual([['September 2023', 'date:arrest']]);
  });
});

describe('"practically" as "almost", and the French noun of shelter (found by the rephrasing check)', () => {
  it('reads the hedge in Spanish and German, and "hébergements" as housing', () => {
    expect(claims('Prácticamente la totalidad de los armenios abandonó Karabaj tras la ofensiva.', '2026-02-17')).toEqual([['Prácticamente la totalidad', 'share_left']]);
    expect(claims('Praktisch alle Armenier haben Bergkarabach verlassen.')).toEqual([['Praktisch alle', 'share_left']]);
    expect(claims("Erevan a ouvert des hébergements d'urgence pour 25 000 réfugiés du Haut-Karabakh.")).toEqual([['25 000', 'housed']]);
  });

  it('near-miss: "practically" before no figure, a shelter with no count', () => {
    expect(claims('Stepanakert quedó prácticamente vacía tras la huida de los armenios de Nagorno Karabaj.', '2026-02-17')).toEqual([]);
    expect(claims("Les hébergements d'urgence du Haut-Karabakh sont pleins, dit un réfugié.")).toEqual([]);
  });
});
