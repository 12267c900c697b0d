// Russian: "ответил, что …" (replied that) is a verb of saying, "помощник (президента)" (the president's aide) a word
// for the official named before or the state named right after it ("Советник президента Азербайджана …" had no
// party: the state after "президента" was not read as the adviser's), and "называть это «…» недопустимо" (calling it … is inadmissible) a dismissal of those words (fresh12
// kz18: the aide's denial was read as the page's own statement). Texts written for this project.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const statements = statementsOn('2023-10-01');

describe('a Russian reply dismissing the words "ethnic cleansing"', () => {
  it("is the aide's denial, the official named before being Azerbaijan's", () => {
    expect(statements('Советник президента Азербайджана Хикмет Гаджиев дал интервью агентству. Отвечая на вопросы об отъезде армян из Карабаха, помощник президента ответил, что называть это «этнической чисткой» недопустимо.')).toEqual([['azerbaijan', 'deny', 'expulsion', 'corroborated']]);
  });

  it('reads "the president\'s aide" before the state and the name as that state\'s official', () => {
    for (const role of ['Помощник', 'Советник']) {
      expect(statements(`${role} президента Азербайджана Хикмет Гаджиев сказал журналистам, что Баку никого из жителей Карабаха к отъезду не принуждает.`).map(([actor, , object, verdict]) => [actor, object, verdict])).toEqual([['azerbaijan', 'expulsion', 'corroborated']]);
    }
  });

  it('near-miss: calling it ethnic cleansing, with no dismissal, makes the allegation', () => {
    const said = statements('Премьер-министр Армении Никол Пашинян ответил журналистам, что исход армян из Карабаха — это этническая чистка.');
    expect(said).toEqual([['armenia', 'say', 'expulsion', 'corroborated']]);
  });
});
