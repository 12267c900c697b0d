// Round 27b (st27b): the UN mission, accusations of ethnic cleansing, promises of rights. Three mends that
// transfer across languages: a suffixing language's verbs of arriving match their suffixed forms, as its
// other verbs do (Azerbaijani "səfər edib", Turkish "ziyaret ediyor"); an arrival whose destination is a
// place other than the region ("arrived in Khartoum", "Sudana səfər edib") is no mission to Karabakh, even on
// a page naming Karabakh; and verbs of assuring, denying and speaking the lexicons lacked, without which an
// attributed charge read as the page stating it (disputed).
import { describe, expect, it } from 'vitest';
import { judged, read } from './statement-probes';

describe("the UN mission's arrival, in a suffixing language's own forms, is the report's mission", () => {
  it.each([
    ['BMT missiyası Qarabağa səfər edib.', 'un send mission'],
    ['Azərbaycanın Qarabağ regionuna səfər edən BMT missiyası bəyanat yayıb.', 'un send mission'],
    ["BM ekibi Karabağ'ı ziyaret ediyor.", 'un send mission'],
    ["BM heyeti Karabağ'ı ziyaret etti.", 'un send mission'],
  ])('"%s" is corroborated by the report of the mission', (text, reading) => {
    expect(read(text)).toContain(reading);
    expect(judged(text)).toContain('corroborated 001');
  });
  it('an arrival in the region, named after the verb, is still the mission (en, fr, ru)', () => {
    for (const text of ['A UN team reached Khankendi on Sunday.', "Une mission de l'ONU est arrivée au Haut-Karabakh.", 'Миссия ООН прибыла в Степанакерт.', 'A UN mission has arrived in the region.'])
      expect(judged(text), text).toContain('corroborated 001');
  });
});

describe('a mission arriving elsewhere is not the mission to Karabakh, on a page that names Karabakh', () => {
  it.each([
    'A UN mission arrived in Khartoum on Sunday, while Nagorno-Karabakh emptied of its people.',
    "Une mission de l'ONU est arrivée à Khartoum, alors que le Haut-Karabakh se vide.",
    'Миссия ООН прибыла в Судан, а Карабах пустеет.',
    'Una misión de la ONU llegó a Jartum mientras Nagorno Karabaj se vacía.',
    'BMT missiyası Sudana səfər edib, Qarabağdan isə ermənilər köçür.',
    "BM heyeti Sudan'ı ziyaret etti; Karabağ'dan göç sürüyor.",
  ])('near-miss: "%s" gives nothing', (text) => {
    expect(judged(text).filter(Boolean)).toEqual([]);
  });
});

describe('assurances of rights, denials and charges read with their verbs', () => {
  it.each([
    ['Алиев заверил, что права армян Карабаха будут соблюдаться.', 'azerbaijan say rights', 'corroborated'],
    ['Aliyev verzekerde dat de rechten van de Armeniërs in Karabach gerespecteerd zullen worden.', 'azerbaijan say rights', 'corroborated'],
    ['Ալիևը հավաստիացրել է, որ Ղարաբաղի հայերի իրավունքները կհարգվեն։', 'azerbaijan say rights', 'corroborated'],
    ["Aliyev, Karabağ Ermenilerinin haklarının korunacağını temin etti.", 'azerbaijan say rights', 'corroborated'],
    ["L'Azerbaïdjan dément tout nettoyage ethnique au Karabakh.", 'azerbaijan deny expulsion', 'corroborated'],
    ['Der armenische Regierungschef Paschinjan sprach am Donnerstag von einer ethnischen Säuberung in Berg-Karabach.', 'armenia say expulsion', 'corroborated'],
  ])('"%s" is the report\'s statement, not the charge stated as fact', (text, reading, verdict) => {
    expect(read(text)).toContain(reading);
    const verdicts = judged(text).filter(Boolean);
    expect(verdicts.length).toBeGreaterThan(0);
    for (const v of verdicts) expect(v).toMatch(new RegExp(`^${verdict} `));
  });
  it.each([
    'Путин заверил, что права русскоязычных в Казахстане будут соблюдаться.',
    'Le Kremlin dément tout nettoyage ethnique en Ukraine.',
  ])('near-miss: "%s" gives nothing', (text) => {
    expect(judged(text).filter(Boolean)).toEqual([]);
  });
});
