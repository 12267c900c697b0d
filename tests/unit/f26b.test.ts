// Round 26 (f26b): figures on German, Spanish, French, Italian, Polish, Portuguese and Russian pages, classes across four
// tuning sets. A verb of taking control dates the offensive in any of its forms, not only the finite past: the
// infinitive after a modal or "managed to", the subjunctive after "before" or "after", the participle ("tomar el
// control", "riprendesse il controllo", "reprenne le contrôle", "przejąć kontrolę"). A span of one unit with "single" ("un solo
// giorno") or a noun of battle after it ("una giornata di battaglia", "the 24-hour blitz") is how long the fighting lasted.
// Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { extractFigures } from '../../lib/figures';
import { LANGUAGES, LEXICONS } from '../../lib/lexicon/index';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2023-10-12') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);
const figures = (text: string, locale: Parameters<typeof extractFigures>[1]) => extractFigures(text, locale).map((f) => [f.raw, f.unit, f.value]);

describe('a verb of taking control in any form dates the offensive (lexicon `dateCues.takeover`)', () => {
  it('reads the infinitive and the subjunctive (Spanish, Portuguese, Italian, French)', () => {
    expect(claims('Los armenios huyeron de Nagorno Karabaj después de que Azerbaiyán lograra tomar el control de la región en septiembre de 2023.')).toEqual([['septiembre de 2023', 'date:start']]);
    expect(claims('Antes de o Azerbaijão tomar militarmente Nagorno-Karabakh em setembro de 2023, a região era governada por separatistas.')).toEqual([['setembro de 2023', 'date:start']]);
    expect(claims('Prima che l’Azerbaigian riprendesse il controllo del Nagorno-Karabakh nel settembre 2023, la regione era retta dai separatisti.')).toEqual([['settembre 2023', 'date:start']]);
    expect(claims('Le monde a peu réagi lorsque l’Azerbaïdjan a voulu reprendre le contrôle du Haut-Karabakh, en septembre 2023.')).toEqual([['septembre 2023', 'date:start']]);
  });

  it('reads the infinitive after a modal (German, Russian, Polish) and a bare year with the country named', () => {
    expect(claims('Aserbaidschan konnte im September 2023 die Kontrolle über Bergkarabach übernehmen.')).toEqual([['September 2023', 'date:start']]);
    expect(claims('Азербайджан сумел вернуть себе контроль над Нагорным Карабахом в сентябре 2023 года.')).toEqual([['сентябре 2023', 'date:start']]);
    expect(claims('We wrześniu 2023 roku Azerbejdżan postanowił przejąć pełną kontrolę nad Górskim Karabachem.')).toEqual([['wrześniu 2023', 'date:start']]);
    expect(claims('El museo de Shushi cerró sus puertas en Nagorno Karabaj después de que Azerbaiyán tomara su control en 2023.')).toEqual([['2023', 'date:start']]);
  });

  it('near-miss: another thing taken control of, a wish for a later year, another actor', () => {
    expect(claims('La policía de Ereván tomó el control de la plaza central en septiembre de 2023, durante las protestas por Nagorno Karabaj.')).toEqual([]);
    expect(claims('Il governo dell’Azerbaigian vuole prendere il controllo delle scuole del Nagorno-Karabakh nel 2025.')).toEqual([]);
    expect(claims('Die Polizei in Jerewan hat im September 2023 die Kontrolle über den Platz übernommen, als Aserbaidschan Bergkarabach angriff.')).toEqual([]);
    expect(claims('Em maio de 2023, os bombeiros de Stepanakert conseguiram tomar o controle do incêndio numa fábrica de Nagorno-Karabakh.')).toEqual([]);
  });
});

describe('a span of one unit: "single" between "one" and the unit (lexicon `spanSingles`), Russian "один" as its article', () => {
  it('reads "a single day" in every language that writes it after "one"', () => {
    expect(figures('durò un solo giorno', 'it')).toEqual([['un solo giorno', 'days', 1]]);
    expect(figures('duró un solo día', 'es')).toEqual([['un solo día', 'days', 1]]);
    expect(figures('une seule journée', 'fr')).toEqual([['une seule journée', 'days', 1]]);
    expect(figures('einen einzigen Tag', 'de')).toEqual([['einen einzigen Tag', 'days', 1]]);
    expect(figures('a single day', 'en')).toEqual([['a single day', 'days', 1]]);
    expect(figures('продлилась один день', 'ru')).toEqual([['один день', 'days', 1]]);
    expect(figures('одни сутки', 'ru')).toEqual([['одни сутки', 'days', 1]]);
    expect(figures('po jednym dniu', 'pl')).toEqual([['jednym dniu', 'days', 1]]);
  });

  it('gives how long the offensive lasted', () => {
    expect(claims('L’offensiva dell’Azerbaigian nel Nagorno-Karabakh è durata un solo giorno.')).toEqual([['un solo giorno', 'duration']]);
    expect(claims('Операция Азербайджана в Нагорном Карабахе продлилась один день.')).toEqual([['один день', 'duration']]);
  });

  it('near-miss: "single" of a person or thing, "on one day" with another event', () => {
    expect(figures('un solo uomo', 'it')).toEqual([]);
    expect(figures('a single man', 'en')).toEqual([]);
    expect(claims('Un solo hombre condujo el autobús de refugiados desde Nagorno Karabaj hasta Goris.')).toEqual([]);
    expect(claims('В один день с наступлением на Нагорный Карабах в Ереване начались протесты.')).toEqual([]);
  });

  it('is filled where "single" follows "one"', () => {
    expect(LANGUAGES.filter((code) => LEXICONS[code].spanSingles.length === 0)).toEqual(['tr', 'az', 'hy']);
  });
});

describe('a noun of battle right after a span is how long the fighting lasted (lexicon `battles`)', () => {
  it('reads the span before "of battle", "of fighting", "blitz" (Italian, Polish, Spanish, Portuguese, English)', () => {
    expect(claims('Dopo una giornata di battaglia, a Stepanakert nel Nagorno-Karabakh è tornato il silenzio.')).toEqual([['una giornata', 'duration']]);
    expect(claims('Po jednym dniu walk w Górskim Karabachu zapanowała cisza.')).toEqual([['jednym dniu', 'duration']]);
    expect(claims('Tras un solo día de combates, en Nagorno Karabaj se impuso el silencio.')).toEqual([['un solo día', 'duration']]);
    expect(claims('Depois de um dia de batalha, o silêncio voltou a Nagorno-Karabakh.')).toEqual([['um dia', 'duration']]);
    expect(claims('A one-day blitz was enough for Azerbaijan to take Nagorno-Karabakh.')).toEqual([['one-day', 'duration']]);
  });

  it('near-miss: a battle that is a figure of speech, far from the span or in a word of struggle', () => {
    expect(claims('La battaglia legale dei profughi del Nagorno-Karabakh a Erevan è durata un anno.')).toEqual([]);
    expect(claims('The legal battle of Nagorno-Karabakh refugees in Yerevan went on for a year.')).toEqual([]);
    expect(claims('Nach zwei Jahren Kampf um eine Wohnung haben Flüchtlinge aus Bergkarabach in Jerewan ein Zuhause gefunden.')).toEqual([]);
  });

  it('is filled in every language', () => {
    expect(LANGUAGES.filter((code) => LEXICONS[code].battles.length === 0)).toEqual([]);
  });
});
