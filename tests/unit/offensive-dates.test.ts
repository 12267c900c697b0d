// How real reporting dates the offensive and its end: "Baku announced 'local anti-terrorist measures'",
// "began shelling Stepanakert", "an agreement to halt the fighting", "einmarschiert", "anunciou o arranque de
// operações antiterroristas". Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const dates = (text: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate('2023-09-30')! })
    .filter((c) => c.kind === 'figure' && c.measure.startsWith('date:'))
    .map((c) => [c.text, c.measure]);

describe('the day the offensive began', () => {
  it('is the day Baku announced its anti-terrorist operation, the quotation marks around its name included', () => {
    expect(dates('On September 19, Baku announced "local anti-terrorist measures" in Nagorno-Karabakh.')).toEqual([['September 19', 'date:start']]);
    expect(dates('On September 19, Azerbaijan’s defence ministry announced “anti-terrorist measures” in Nagorno-Karabakh.')).toEqual([['September 19', 'date:start']]);
    expect(dates('Em 19 de setembro, Baku anunciou o arranque de “operações antiterroristas” em Nagorno-Karabakh.')).toEqual([['19 de setembro', 'date:start']]);
  });

  it('is the day shelling began, and the day troops marched in', () => {
    expect(dates('Azerbaijani forces began shelling Stepanakert in Nagorno-Karabakh on September 19.')).toEqual([['September 19', 'date:start']]);
    expect(dates('Die aserbaidschanischen Truppen sind am 19. September in Bergkarabach einmarschiert.')).toEqual([['19. September', 'date:start']]);
  });

  it('is the day of an attack a participle names, and that day is no day of the flight after it', () => {
    expect(dates('Sus autoridades anunciaron la disolución de Nagorno Karabaj tras el ataque azerbaiyano lanzado el 19 de septiembre pasado.')).toEqual([['19 de septiembre', 'date:start']]);
    // Read as the day the flight began, this conflicted with the reports' 24 September.
    expect(dates('Los armenios huyeron de Nagorno Karabaj tras el ataque relámpago lanzado el 19 de septiembre por Azerbaiyán.')).toEqual([['19 de septiembre', 'date:start']]);
    expect(dates('Armenians fled Nagorno-Karabakh after the attack launched on 19 September by Azerbaijan.')).toEqual([['19 September', 'date:start']]);
    // A leaving that is the verb's object right after it is what the verb starts, attack noun or not.
    expect(dates('Los armenios de Nagorno Karabaj huyeron: tras el ataque comenzó el éxodo, el 24 de septiembre.')).toEqual([['24 de septiembre', 'date:exodus']]);
  });

  it('near-miss: a programme or an operation of aid announced on a later day starts nothing', () => {
    expect(dates('On 1 October, Baku announced a reconstruction programme for Nagorno-Karabakh.')).toEqual([]);
    expect(dates('On 2 October, the Armenian government announced a housing operation for refugees from Nagorno-Karabakh.')).toEqual([]);
  });

  it('near-miss: refugees who marched to Goris invaded nothing', () => {
    expect(dates('Am 30. September marschierten die Flüchtlinge aus Bergkarabach zu Fuß nach Goris.')).toEqual([]);
  });
});

describe('the day the fighting ended', () => {
  it('is the day of an agreement to halt the fighting', () => {
    expect(dates('On September 20, an agreement was reached in Nagorno-Karabakh to halt the fighting.')).toEqual([['September 20', 'date:end']]);
  });
});

describe('the day the republic ends, in Russian', () => {
  it('"перестанет существовать", "республики … не станет" and "ликвидация … республики" date the dissolution', () => {
    expect(dates('Нагорно-Карабахская Республика перестанет существовать 1 января 2024 года.')).toEqual([['1 января 2024', 'date:dissolution']]);
    expect(dates('Республики Нагорный Карабах не станет с 1 января 2024 года.')).toEqual([['1 января 2024', 'date:dissolution']]);
    expect(dates('С 1 января 2024 года вступает в силу указ о ликвидации непризнанной республики в Нагорном Карабахе.')).toEqual([['1 января 2024', 'date:dissolution']]);
  });

  it('near-miss: clearing up after the depot blast, and a region that will not become something, dissolve nothing', () => {
    expect(dates('25 сентября в Нагорном Карабахе начали ликвидацию последствий взрыва на складе топлива.')).toEqual([]);
    expect(dates('20 сентября Армения заявила, что Нагорный Карабах не станет частью Азербайджана.')).toEqual([]);
  });
});
