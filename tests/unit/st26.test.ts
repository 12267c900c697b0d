// Round 26 (st26): statements that transfer. Talks between the parties (a new act, `negotiate`): the report's
// own sentence ("talks have begun between Baku and the separatists on reintegrating the region") is read, and a
// page's talks are the report's when every party it names is one of the report's and it names what they talk
// about or both sides. Talks of other parties, or talks on nothing named, are no statement the reports address.
import { describe, expect, it } from 'vitest';
import { index, judged, read } from './statement-probes';

describe("the report's own sentence on talks is read as a statement", () => {
  it('the talks on reintegration name both parties', () => {
    const talks = index.reportStatements.filter((s) => s.action === 'negotiate');
    expect(talks.map((s) => [s.concepts.includes('reintegration'), [s.actor, ...s.objects].filter(Boolean).sort()])).toEqual([[true, ['azerbaijan', 'separatists']]]);
  });
});

describe("talks on the region's reintegration, in any language, are the report's talks", () => {
  it.each([
    ['Negotiators for Baku and the breakaway government opened talks on Friday on reintegrating Karabakh.', 'separatists negotiate talks,reintegration'],
    ['The Karabakh leadership sat down with Azerbaijani officials to negotiate the reintegration of the territory.', null],
    ['Les autorités séparatistes ont ouvert des discussions avec Bakou sur la réintégration de la région.', 'separatists negotiate reintegration'],
    ['Die Separatisten und Baku haben Verhandlungen über eine Reintegration der Region aufgenommen.', null],
    ['Los separatistas y Bakú abrieron negociaciones sobre la reintegración de Karabaj.', 'separatists negotiate talks,reintegration'],
    ['Le autorità separatiste hanno aperto con Baku le trattative sulla reintegrazione del Karabakh.', 'separatists negotiate talks,reintegration'],
    ['Сепаратисты и Баку начали в Евлахе переговоры о реинтеграции Карабаха.', 'separatists negotiate talks,reintegration'],
  ])('"%s" is corroborated by the report of talks', (text, reading) => {
    if (reading) expect(read(text)).toContain(reading);
    expect(judged(text)).toContain('corroborated 000');
  });
  it.each([
    'Aliyev held talks with Putin in Sochi on the reintegration of former Soviet republics.',
    'Baku opened talks with Tbilisi on reintegrating the railway network.',
    'Aliyev held talks in Brussels on Friday.',
    'Armenia and Azerbaijan began negotiations on a border treaty.',
    'Les autorités françaises ont ouvert des discussions avec Rome sur la réintégration des chômeurs.',
    'Сепаратисты Приднестровья начали переговоры с Кишинёвом о реинтеграции.',
  ])('near-miss: talks of other parties, or on nothing named, give nothing: "%s"', (text) => {
    expect(judged(text).filter(Boolean)).toEqual([]);
  });
});
