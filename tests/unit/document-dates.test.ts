// A date of a signed text from before the offensive's year is the text's, not a date of the events (fresh12 kz14):
// "in breach of the November 2020 statement, Azerbaijan had blocked the corridor" gave the blockade a date of 2020.
// Texts written for this project.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';

const claims = (text: string, day = '2023-10-18') => extractClaims(text, { pageDay: parseIsoDate(day)! }).map((c) => [c.text, c.measure]);

describe('a date that names a signed text', () => {
  it('is no date of the blockade, before or after the noun, in English, German, Russian, French and Spanish', () => {
    expect(claims('In breach of the November 2020 statement, Azerbaijan had physically blocked the Lachin Corridor.')).toEqual([]);
    expect(claims('Azerbaijan blocked the Lachin corridor in violation of the trilateral agreement of 10 November 2020.')).toEqual([]);
    expect(claims('Aserbaidschan blockierte den Latschin-Korridor entgegen der Erklärung vom 9. November 2020.')).toEqual([]);
    expect(claims('Азербайджан заблокировал Лачинский коридор вопреки заявлению от 9 ноября 2020 года.')).toEqual([]);
    expect(claims("L'Azerbaïdjan a bloqué le corridor de Latchine en violation de l'accord du 9 novembre 2020.")).toEqual([]);
    expect(claims('Azerbaiyán bloqueó el corredor de Lachin pese al acuerdo del 10 de noviembre de 2020.')).toEqual([]);
  });

  it('leaves a date of the blockade itself, and a text of the events\' own year, to their measures', () => {
    expect(claims('Azerbaijan blocked the Lachin corridor in November 2020.')).toEqual([['November 2020', 'date:blockade']]);
    expect(claims('Under the agreement of 10 November 2020, Russian peacekeepers guarded the Lachin corridor, which Azerbaijan blocked in December 2022.')).toEqual([['December 2022', 'date:blockade']]);
    expect(claims('The ceasefire statement of 20 September 2023 ended the fighting in Nagorno-Karabakh.')).toEqual([['20 September 2023', 'date:end']]);
  });

  it('near-miss: a noun of a text with a conjunction or a clause between it and the date leaves the date to its verb (review 36)', () => {
    expect(claims('Azerbaijan ignored the 2020 agreement and in December 2022 blocked the Lachin corridor.')).toEqual([['December 2022', 'date:blockade']]);
    expect(claims('Azerbaijan tore up the deal and on 12 December 2022 blocked the Lachin corridor.')).toEqual([['12 December 2022', 'date:blockade']]);
    expect(claims('Азербайджан нарушил соглашение и в декабре 2022 года заблокировал Лачинский коридор.')).toEqual([['декабре 2022', 'date:blockade']]);
    expect(claims('In December 2022 the agreement was broken when Azerbaijan blocked the Lachin corridor.')).toEqual([['December 2022', 'date:blockade']]);
  });

  it('near-miss: a ceasefire text dates the end of its war, which the reports give (verdicts17)', () => {
    expect(claims('Azerbaijan blocked the Lachin corridor in breach of the ceasefire agreement of 10 November 2020.')).toEqual([['10 November 2020', 'date:end']]);
  });

  it('near-miss: a text of the first war\'s years dates the breakaway, which the reports give', () => {
    expect(claims('Nagorno-Karabakh proclaimed independence in a declaration of 2 September 1991.')).toEqual([['2 September 1991', 'date:breakaway']]);
  });
});
