// "Baku weist das entschieden zurück und betont, den Bewohnern stehe es frei, zu bleiben": a verb of saying joined to a
// denial, with its own content after a comma or a complementizer, says that content; the denial keeps its own object
// (the accusation the sentence before made). It was read as Baku denying that residents may stay, and judged
// conflicting against the report in which Baku said there was no reason to flee. Texts written for this project.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const statements = statementsOn('2023-10-01');

describe('a verb of saying after a denial, with its own content', () => {
  it('is its own statement, and the denial keeps the accusation of the sentence before as its object', () => {
    const de = statements('Armeniens Premier Nikol Paschinjan hat Aserbaidschan wiederholt ethnische Säuberung in Bergkarabach vorgeworfen. Baku weist das entschieden zurück und betont, den Bewohnern stehe es frei, zu bleiben oder fortzugehen.');
    expect(de).toContainEqual(['azerbaijan', 'deny', 'expulsion', 'corroborated']);
    expect(de.filter((s) => s[1] === 'deny')).toHaveLength(1);
    expect(de.some((s) => s[3] === 'conflicting')).toBe(false);
  });

  it('still shares one object between two verbs of denial joined with nothing between', () => {
    const en = statements('Armenia accused Azerbaijan of ethnic cleansing in Nagorno-Karabakh. Baku condemned and dismissed the accusation.');
    expect(en.filter((s) => s[0] === 'azerbaijan')).toEqual([['azerbaijan', 'deny', 'expulsion', 'corroborated']]);
  });
});

describe('a denial joined to a verb of condemning (fresh12 kz08)', () => {
  it('is a denial when both take someone\'s words: "rejected and condemned Pashinyan\'s claim that …"', () => {
    const en = statements("Azerbaijan's foreign ministry flatly rejected and condemned Prime Minister Nikol Pashinyan's claim that ethnic cleansing was taking place in Karabakh.");
    expect(en).toEqual([['azerbaijan', 'deny', 'expulsion', 'corroborated']]);
  });

  it('near-miss: condemning an act after a rejection still accuses', () => {
    const en = statements("Armenia rejected and condemned Azerbaijan's offensive in Nagorno-Karabakh as ethnic cleansing.");
    expect(en.some((s) => s[0] === 'armenia' && s[1] === 'deny')).toBe(false);
    expect(en).toContainEqual(['armenia', 'accuse', 'offensive+expulsion', 'corroborated']);
  });
});

describe('"unrelated to" negates what follows (fresh12 kz07)', () => {
  it('reads a choice "unrelated to any forced relocation" as a denial of it', () => {
    const en = statements("Azerbaijan's foreign ministry told Pashinyan that the exit of Armenian residents from the Karabakh region is their own personal and individual choice, unrelated to any forced relocation.");
    expect(en.map(([actor, , object, verdict]) => [actor, object, verdict])).toEqual([['azerbaijan', 'expulsion', 'corroborated']]);
  });
});
