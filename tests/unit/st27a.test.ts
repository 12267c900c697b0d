// Round 27a (st27a): surrender and dissolution. The republic itself, named by its common noun ("the republic",
// "die Republik", "республики", "republika"), is the region's own side when it is the subject or the genitive of
// an act only that side does; and a verb of giving up with no object, at the end of its clause ("gave up",
// "se vzdalo", "haben sich … ergeben"), is surrendering. Another state's republic, and giving up anything else, stay silent.
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../lib/statements/patterns';
import { STATEMENT_LEXICONS } from '../../lib/statements/lexicon';
import { judged, read } from './statement-probes';

describe('the republic, by its common noun, is the region’s own side for its dissolution or surrender', () => {
  it.each([
    ['In Nagorno-Karabakh, the republic will be dissolved by decree.', 'separatists dissolve dissolution', 'corroborated 004'],
    ['The dissolution of the republic was announced in Stepanakert, Nagorno-Karabakh.', 'separatists dissolve dissolution', 'corroborated 004'],
    ['In Nagorno-Karabakh, the republic capitulated under heavy shelling.', 'separatists surrender disarm', 'corroborated 000,004'],
    ['Die Führung in Stepanakert kündigte an, die Republik werde aufgelöst.', 'separatists dissolve dissolution', 'corroborated 004'],
    ['Nel Nagorno-Karabakh è stato annunciato lo scioglimento della repubblica.', 'separatists dissolve dissolution', 'corroborated 004'],
    ['В Нагорном Карабахе подписан указ: прекращение существования республики объясняется тяжёлой обстановкой.', 'separatists dissolve dissolution', 'corroborated 004'],
    ['Samorozwiązanie republiki w Górskim Karabachu proklamowano w czwartek.', 'separatists dissolve dissolution', 'corroborated 004'],
    ['Náhorně-karabašská republika skončí, oznámily místní úřady.', 'separatists dissolve dissolution', 'corroborated 004'],
  ])('"%s"', (text, reading, verdict) => {
    expect(read(text)).toContain(reading);
    expect(judged(text)).toContain(verdict);
  });
  it.each([
    'The Czech Republic dissolved its parliament, a diplomat in Nagorno-Karabakh said.',
    'After the dissolution of the Soviet Union, Nagorno-Karabakh broke away from Azerbaijan.',
    'The Republic of Moldova dissolved its parliament, a diplomat in Nagorno-Karabakh said.',
    'Die Republik Moldau löste ihr Parlament auf, sagte ein Diplomat in Bergkarabach.',
    'В Нагорном Карабахе вспоминают: роспуск Чешской республики прошёл мирно.',
    'La République espagnole capitula en 1939, rappelle un historien du Haut-Karabakh.',
    'Capituló la República Española en 1939, recordó un historiador de Nagorno Karabaj.',
  ])('near-miss: another state’s republic gives nothing: "%s"', (text) => {
    expect(judged(text).filter(Boolean)).toEqual([]);
  });
});

describe('a verb of giving up with no object, at the end of its clause, is surrendering', () => {
  it.each([
    ["In the end Karabakh's unrecognised local authorities gave up, and Aliyev proclaimed victory."],
    ['Vedení Karabachu se vzdalo.'],
    ['Separatisté v Náhorním Karabachu se po krátkých bojích vzdali.'],
    ['Die Separatisten in Berg-Karabach haben sich nach einem Tag ergeben.'],
    ['После коротких боёв сепаратисты в Нагорном Карабахе сдались.'],
    ['Po krótkich walkach separatyści w Górskim Karabachu poddali się.'],
  ])('"%s" is the separatists’ surrender', (text) => {
    expect(read(text)).toContain('separatists surrender disarm');
    expect(judged(text)).toContain('corroborated 000,004');
  });
  it.each([
    'Many residents of Nagorno-Karabakh gave up hope of returning.',
    'Ukrainian soldiers in Bakhmut gave up, a veteran of the Karabakh war said.',
    'Daraus hat sich für Bergkarabach ein neues Problem ergeben.',
    'Die Separatisten in Berg-Karabach haben die Hoffnung aufgegeben.',
    'Po latach starań rodziny z Górskiego Karabachu poddały się.',
  ])('near-miss: giving up something else, or by someone else, gives nothing: "%s"', (text) => {
    expect(judged(text).filter(Boolean)).toEqual([]);
  });
});

describe('the lexicons', () => {
  it('every statement language names the republic among its side’s words', () => {
    const republic = /r[eé]p[uú]b|республик|cumhuriyet|respublika|հանրապետ/iu;
    const missing = Object.values(STATEMENT_LEXICONS).filter((lex) => !(lex.regionSide ?? []).some((e) => republic.test(e))).map((lex) => lex.lang);
    expect(missing).toEqual([]);
    for (const lex of Object.values(STATEMENT_LEXICONS)) expect(() => compileLexicon(lex)).not.toThrow();
  });
});
