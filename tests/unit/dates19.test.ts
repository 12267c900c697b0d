// Round 19: the days of the core events, read and placed. Texts written for this project (paraphrases,
// no article text).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const figures = (text: string, date = '2023-10-05') =>
  checkText(text, index, { pageDay: parseIsoDate(date)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.event, c.verdict]);
const dates = (text: string, date?: string) => figures(text, date).filter(([, m]) => String(m).startsWith('date:'));

describe('a verb of taking control dates the offensive, in its time only', () => {
  it('reads the month and the day of the takeover, in English, German and Russian', () => {
    expect(dates('Over 100,000 refugees fled Nagorno-Karabakh when Azerbaijan took control of the enclave in September 2023.', '2024-03-01')).toContainEqual(['September 2023', 'date:start', 'exodus-2023', 'corroborated']);
    expect(dates('Nach der Einnahme Bergkarabachs durch Aserbaidschan im September 2023 flohen mehr als 100.000 Armenier.', '2024-03-01')).toContainEqual(['September 2023', 'date:start', 'exodus-2023', 'corroborated']);
    expect(dates('19 сентября Азербайджан силой забрал контроль над Нагорным Карабахом.')).toContainEqual(['19 сентября', 'date:start', 'exodus-2023', 'consistent']);
  });
  it('dates the offensive by a bare year only with the country by name (review 19 H1: "In 2023, Azerbaijani border guards took control of the bridge")', () => {
    expect(dates('A região de Nagorno-Karabakh foi governada por separatistas até Baku recuperar o controlo total em 2023.', '2024-03-01').map(([t, m]) => [t, m])).toContainEqual(['2023', 'date:start']);
    expect(dates('In 2023, Azerbaijani border guards took control of the bridge on the Lachin road to Nagorno-Karabakh.', '2024-03-01')).toEqual([]);
  });
  it('dates nothing for a taking of another time (the first war, the checkpoint, the 2020 war)', () => {
    expect(dates('Armenian forces took control of Shusha in Nagorno-Karabakh in May 1992.')).toEqual([]);
    expect(dates('Azerbaijan took control of the Lachin checkpoint in Nagorno-Karabakh in April 2023.')).toEqual([]);
    expect(dates('In 2020 Azerbaijan recaptured large parts of Nagorno-Karabakh.')).toEqual([]);
    expect(dates('Les forces arméniennes ont pris le contrôle de Chouchi au Haut-Karabakh en mai 1992.')).toEqual([]);
  });
});

describe('the day the dissolution was decreed', () => {
  it('is the day a date that opens its sentence gives to "signed a decree", however long the subject', () => {
    expect(dates('28 сентября президент непризнанной Нагорно-Карабахской Республики Самвел Шахраманян подписал указ о роспуске республики.')).toContainEqual(['28 сентября', 'date:decree', 'exodus-2023', 'consistent']);
    const fr = dates('Le 28 septembre, le président du Haut-Karabakh a signé un décret dissolvant la république au 1er janvier 2024.');
    expect(fr).toContainEqual(['28 septembre', 'date:decree', 'exodus-2023', 'consistent']);
    expect(fr).toContainEqual(['1er janvier 2024', 'date:dissolution', 'exodus-2023', 'corroborated']);
  });
  it('is the decree day where the word of dissolving stands nearer the date than "decree" (Armenian word order)', () => {
    expect(dates('Շահրամանյանը 2023 թվականի սեպտեմբերի 28-ին Արցախը լուծարելու մասին հրամանագիր է ստորագրել։')).toContainEqual(['2023 թվականի սեպտեմբերի 28-ին', 'date:decree', 'exodus-2023', 'consistent']);
  });
  it('is no decree day for a decree on something else, or for a later act on the decree', () => {
    expect(dates('Aliyev signed a decree on 15 October on housing for Nagorno-Karabakh.')).toEqual([]);
    expect(dates('In December, the separatist leader of Nagorno-Karabakh said the decree on the dissolution of the republic was null and void.', '2023-12-30').filter(([, m]) => m === 'date:decree')).toEqual([]);
  });
});

describe('a date that opens its sentence marks the verb of its clause', () => {
  it('reaches the verb past a long subject, but not past a verb of saying', () => {
    expect(dates('On 20 September, the separatist authorities of the unrecognised Nagorno-Karabakh republic agreed to a ceasefire.')).toContainEqual(['20 September', 'date:end', 'exodus-2023', 'consistent']);
    expect(dates('On 25 September, officials of the Armenian government in Yerevan said that Azerbaijan had launched its attack.')).toEqual([]);
  });
  it('never takes a noun after the date as what it marks (review 15)', () => {
    expect(dates('On 26 September, the United Nations human rights office in Geneva criticised the offensive in Nagorno-Karabakh.')).toEqual([]);
  });
});

describe('a bare year of the 2020 war (review 18, M3)', () => {
  it('is no start of the war when another verb governs it', () => {
    expect(dates('A boy from Nagorno-Karabakh was wounded in 2020, during the Second Karabakh War.')).toEqual([]);
    expect(dates('Un garçon du Haut-Karabakh a été blessé en 2020, pendant la deuxième guerre du Karabakh.')).toEqual([]);
  });
});

describe('a leaving of other movers is no day of the exodus (review 18, H2)', () => {
  it('refuses the peacekeepers\' departure written without its year, in English and Spanish', () => {
    expect(dates('The departure of Russian peacekeepers from Nagorno-Karabakh began on 17 April.', '2024-04-20').filter(([, m]) => m === 'date:exodus')).toEqual([]);
    expect(dates('La salida de las tropas rusas de Nagorno Karabaj comenzó el 17 de abril.', '2024-04-20').filter(([, m]) => m === 'date:exodus')).toEqual([]);
  });
  it('keeps the departure of the Armenians, in English and Spanish', () => {
    expect(dates('The departure of the Armenians from Nagorno-Karabakh began on 24 September.')).toContainEqual(['24 September', 'date:exodus', 'exodus-2023', 'corroborated']);
    expect(dates('La salida de los armenios de Nagorno Karabaj comenzó el 24 de septiembre.')).toContainEqual(['24 de septiembre', 'date:exodus', 'exodus-2023', 'corroborated']);
  });
});

describe('phase 2: a date that modifies a noun of the offensive, occupying, arresting', () => {
  it('a date right before a noun of the offensive is its date, whatever verb is nearer (English, Turkish)', () => {
    expect(dates('Former Karabakh officials were arrested following the September 2023 military operation in Nagorno-Karabakh.', '2025-01-20')).toContainEqual(['September 2023', 'date:start', 'exodus-2023', 'corroborated']);
    expect(dates('Eski yöneticiler, 19 Eylül 2023 askeri operasyonu sonrasında Karabağ’da tutuklandı.', '2025-01-20')).toContainEqual(['19 Eylül 2023', 'date:start', 'exodus-2023', 'consistent']);
  });
  it('a military occupation in the offensive\'s time dates it (Italian, Spanish)', () => {
    expect(dates('Furono arrestati dopo che Baku riuscì a occupare militarmente la regione del Nagorno Karabakh nel settembre 2023.', '2025-01-20')).toContainEqual(['settembre 2023', 'date:start', 'exodus-2023', 'corroborated']);
    expect(dates('Fueron detenidos después de que Bakú lograra ocupar militarmente Nagorno Karabaj en septiembre de 2023.', '2025-01-20')).toContainEqual(['septiembre de 2023', 'date:start', 'exodus-2023', 'corroborated']);
  });
  it('an active verb of arresting dates the arrest (Russian, Spanish)', () => {
    expect(dates('Пограничники 27 сентября 2023 года задержали Варданяна на выезде из Нагорного Карабаха.', '2025-01-20')).toContainEqual(['27 сентября 2023', 'date:arrest', 'exodus-2023', 'unverified']);
    expect(dates('Las fuerzas de Azerbaiyán detuvieron el 27 de septiembre de 2023 a Vardanián en Nagorno Karabaj.', '2025-01-20').map(([, m]) => m)).toContain('date:arrest');
  });
});

describe('a date in a phrase of its own is no modifier of the noun after it', () => {
  it('refuses a preposition between, or a date opened by "since" (French, English)', () => {
    expect(dates('Médecins du Monde s’est préparé depuis mars 2023 à une intervention armée de Bakou au Haut-Karabakh.')).toEqual([]);
    expect(dates('Since September 2023 military aid to Nagorno-Karabakh has stopped.')).toEqual([]);
  });
});

describe('a taking after the offensive (merge mend: it ends the offensive rather than starts it)', () => {
  it('dates no start of the offensive on a later day, with or without the year', () => {
    expect(dates('On 1 October, Azerbaijani forces took control of Stepanakert.').map(([, m]) => m)).not.toContain('date:start');
    expect(dates('1 октября 2023 года азербайджанские силы установили контроль над Степанакертом.').map(([, m]) => m)).not.toContain('date:start');
  });
});

describe('verbs of unleashing start the offensive (stop 26, every language that has them)', () => {
  it('"unleashed", "desencadeou", "развязал" date the offensive\'s start', () => {
    expect(dates('On 19 September Azerbaijan unleashed an offensive on Nagorno-Karabakh.').map(([, m]) => m)).toEqual(['date:start']);
    expect(dates('Em 19 de setembro de 2023, o Azerbaijão desencadeou uma ofensiva armada contra o estado separatista do Alto Carabaque.').map(([, m]) => m)).toEqual(['date:start']);
    expect(dates('19 сентября Азербайджан развязал боевые действия в Нагорном Карабахе.').map(([, m]) => m)).toEqual(['date:start']);
  });

  it('near-miss: unleashing something else, with no offensive or side named, dates nothing', () => {
    expect(dates('On 28 September the storm unleashed floods near Stepanakert.')).toEqual([]);
  });
});

describe('the time of the exodus and of Azerbaijan\'s offensive, in a month or a year (stop 26)', () => {
  const measuresOf = (text: string, date = '2024-05-01') => dates(text, date).map(([t, m]) => [t, m]);

  it('a month of the offensive with its year, or the year alone, beside a verb of leaving is the exodus\'s time', () => {
    expect(measuresOf('More than 100,000 Karabakh Armenians fled to Armenia in September 2023.')).toEqual([['September 2023', 'date:exodus']]);
    expect(measuresOf('Some 100,000 Armenians fled Nagorno-Karabakh in 2023.')).toEqual([['2023', 'date:exodus']]);
  });

  it('near-miss: a date from which, another month, another year or other movers give no exodus time', () => {
    expect(measuresOf('Since September 2023, more than 100,000 Armenians have fled Nagorno-Karabakh.')).toEqual([]);
    expect(measuresOf('In October 2023 the last Armenians left Nagorno-Karabakh.')).toEqual([]);
    expect(measuresOf('Some 100,000 Armenians fled Nagorno-Karabakh in September 2022.')).toEqual([]);
    expect(measuresOf('Russian peacekeepers left Nagorno-Karabakh in 2024.')).toEqual([]);
  });

  it('review 20 H2: an opening date, Azerbaijan and a verb the lexicon does not know, then the offensive\'s noun, date nothing', () => {
    expect(measuresOf('On 20 September, Azerbaijan halted its military offensive in Nagorno-Karabakh.', '2023-10-05')).toEqual([]);
    expect(measuresOf('Le 21 septembre, l\'Azerbaïdjan a justifié son opération militaire au Haut-Karabakh devant l\'ONU.', '2023-10-05')).toEqual([]);
  });

  it('near-miss: another country\'s act on Azerbaijan\'s offensive dates that act', () => {
    expect(measuresOf('On 26 September, Armenia condemned Azerbaijan\'s offensive in Nagorno-Karabakh.', '2023-10-05')).toEqual([]);
  });
});

describe('leaving written as abandoning one\'s home, or "marcharse" (stop 26)', () => {
  const all = (text: string) => figures(text, '2024-05-01').map(([t, m]) => [t, m]);
  it('reads the whole population that abandoned its homeland, and "se marchó"', () => {
    expect(all('Once the fighting stopped and the Lachin Corridor reopened, the entire Armenian population abandoned its homeland in Nagorno-Karabakh.')).toEqual([['the entire Armenian population', 'share_left']]);
    expect(all('Casi la totalidad de los armenios se marchó de Karabaj.')).toEqual([['Casi la totalidad', 'share_left']]);
  });

  it('near-miss: abandoned things and positions are no people leaving, on an English page', () => {
    expect(all('In Stepanakert, many of the 1,000 abandoned houses have been looted since Nagorno-Karabakh fell to Azerbaijan, residents in Armenia say.')).toEqual([]);
  });
});
