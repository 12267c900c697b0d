// Round 17a: claims that are no figure of the events, refused by the figure's own phrase: a number
// that is part of a name, a gallery's numbering, a breadth, a short span "ago", a scene's few people,
// a date alone on its line. Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2023-10-02') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);

describe('a number that is part of a name', () => {
  it('is no count after a noun that names by number, in every language', () => {
    expect(claims('France 24 reported that refugees from Nagorno-Karabakh arrived in Goris.')).toEqual([]);
    expect(claims('Armenia invoked Article 5 as refugees from Nagorno-Karabakh arrived.')).toEqual([]);
    expect(claims('Корреспондент канала Россия 24 побывал в Горисе, куда прибывают беженцы из Нагорного Карабаха.')).toEqual([]);
    expect(claims('Nach Artikel 5 der Erklärung dürfen die Flüchtlinge aus Bergkarabach zurückkehren.')).toEqual([]);
    expect(claims('Беженцы из Нагорного Карабаха размещены в школе № 3 Гориса.')).toEqual([]);
  });

  it('leaves the sentence\'s own figures, and a count written with separators or a qualifier, alone', () => {
    expect(claims('France 24 reported from Goris that more than 100,000 refugees had fled Nagorno-Karabakh.')).toEqual([['more than 100,000', 'left']]);
    expect(claims("Les réfugiés du Haut-Karabakh sont hébergés à l'école n° 3 de Goris, où 300 personnes sont arrivées.")).toEqual([['300', 'left']]);
  });
});

describe("a gallery's numbering", () => {
  it('is no count: "N of M" after a numbered noun, and numbers joined by a slash', () => {
    expect(claims('Photo 3 of 12: refugees from Nagorno-Karabakh arrive in Goris.')).toEqual([]);
    expect(claims('Фото 3 из 12: беженцы из Нагорного Карабаха прибывают в Горис.')).toEqual([]);
    expect(claims('1 / 5 Refugees from Nagorno-Karabakh arrive in Goris.')).toEqual([]);
    expect(claims('Galerie 2/10: Flüchtlinge aus Bergkarabach kommen in Goris an.')).toEqual([]);
  });
});

describe('a breadth', () => {
  it('is no distance travelled, the word after or before it', () => {
    expect(claims('The Lachin corridor, a 5-kilometre-wide road, links Nagorno-Karabakh to Armenia; refugees drove along it.')).toEqual([]);
    expect(claims('El corredor de Lachín, de 5 kilómetros de ancho, une Nagorno Karabaj con Armenia; por él huyeron los refugiados.')).toEqual([]);
    expect(claims('Лачинский коридор шириной 5 км связывает Нагорный Карабах с Арменией, по нему уехали беженцы.')).toEqual([]);
  });

  it('leaves the length of the route alone', () => {
    expect(claims('Refugees from Nagorno-Karabakh drove the 90 km from Stepanakert to Goris in more than a day.')).toEqual([['90 km', 'distance']]);
  });
});

describe('a short span ago', () => {
  it('dates the anniversary: no time elapsed, in English as in the languages that already refused it', () => {
    expect(claims('Two years ago, more than 100,000 Armenians fled Nagorno-Karabakh.', '2025-09-19')).toEqual([['more than 100,000', 'left']]);
    expect(claims('Due anni fa, più di 100.000 armeni sono fuggiti dal Nagorno-Karabakh.', '2025-09-19')).toEqual([['più di 100.000', 'left']]);
    // f25a: a whole year ago is the year it reaches back to (2023), the offensive's start: a date, never a time elapsed.
    expect(claims('A year ago today, Azerbaijan launched its offensive on Nagorno-Karabakh.', '2024-09-19')).toEqual([['A year ago', 'date:start']]);
  });
});

describe("a scene's few people", () => {
  it('are not those who left or were evacuated', () => {
    expect(claims('Two men escorted the convoy of refugees from Nagorno-Karabakh to the border.')).toEqual([]);
    expect(claims("Deux hommes escortaient le convoi de réfugiés du Haut-Karabakh jusqu'à la frontière.")).toEqual([]);
    expect(claims('Refugees from Nagorno-Karabakh: a woman and her two children arrived in Goris on Tuesday.')).toEqual([]);
  });

  it('leaves a hedged few, a larger group, and a toll alone', () => {
    expect(claims('At least 5 people were evacuated from Nagorno-Karabakh by helicopter, the Red Cross said.')).toEqual([['At least 5', 'evacuated']]);
    expect(claims('About 30 refugees from Nagorno-Karabakh arrived in Goris on Tuesday.')).toEqual([['About 30', 'left']]);
    expect(claims('Two children were killed in Nagorno-Karabakh on Tuesday, the ombudsman said.')).toEqual([['Two', 'killed:children']]);
  });
});

describe('a date alone on its line', () => {
  it("is the page's stamp, not the day of the events", () => {
    expect(claims('Fuel tank exploded at a petrol station near Stepanakert\n25 September 2023\nThe number of injured and dead is being clarified.', '2023-09-25')).toEqual([]);
    expect(claims('Взрыв на складе горючего под Степанакертом\n25.09.2023, 21:40\nЧисло пострадавших уточняется.', '2023-09-25')).toEqual([]);
  });

  it('leaves a date inside its sentence alone', () => {
    expect(claims('An explosion on 25 September at a fuel depot near Stepanakert killed dozens.', '2023-09-26')).toEqual([
      ['25 September', 'date:start'],
      ['dozens', 'killed'],
    ]);
  });
});

describe('phase 2: time passing since the events, and a machine-written date', () => {
  it('reads no duration in "N years have passed since" (Azerbaijani, English, French, German, Spanish, Turkish)', () => {
    expect(claims('Xankəndidə keçirilən hərbi əməliyyatdan bu gün iki il keçir.', '2025-09-19')).toEqual([]);
    expect(claims('Two years have passed since the offensive that ended the separatist regime in Nagorno-Karabakh.', '2025-09-19')).toEqual([]);
    expect(claims("Deux ans se sont écoulés depuis l'offensive de l'Azerbaïdjan au Haut-Karabakh.", '2025-09-19')).toEqual([]);
    expect(claims('Seit der Offensive Aserbaidschans in Bergkarabach sind zwei Jahre vergangen.', '2025-09-19')).toEqual([]);
    expect(claims('Han pasado dos años desde la ofensiva de Azerbaiyán en Nagorno Karabaj.', '2025-09-19')).toEqual([]);
    expect(claims("Karabağ'daki operasyonun üzerinden iki yıl geçti.", '2025-09-19')).toEqual([]);
  });

  it('leaves a duration the events lasted alone', () => {
    expect(claims('The offensive on Nagorno-Karabakh lasted 24 hours.')).toEqual([['24 hours', 'duration']]);
  });

  it('reads no day of the events in an ISO date, the way metadata writes it', () => {
    expect(claims('date 2025-09-19 Two years since the anti-terror operation in Karabakh began', '2025-09-19')).toEqual([]);
    expect(claims('2023-09-28 Nagorno-Karabakh: the offensive began on 19 September 2023.', '2023-09-28')).toEqual([['19 September 2023', 'date:start']]);
  });
});
