// Round b11s: a party that sees no reason for the Armenians to flee. The report that says so (004: "The Azerbaijani
// government and Russia … had declared that there was no reason to flee") names two parties joined by a plain "and"
// as one subject, and each of them now says it; on a page, a verb of seeing with its negation before "reason"
// ("sees no reason", "не видит причин", "sieht keinen Anlass", "nie widzi żadnego powodu") is the act of saying,
// and the reason for the flight after it the key term. Seeing reasons, no reason for something else, and two names
// after a preposition stay silent.
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../lib/statements/patterns';
import { STATEMENT_LEXICONS } from '../../lib/statements/lexicon';
import { index, judged, read } from './statement-probes';

describe('two parties joined by "and" before the verb are one subject, and each says it', () => {
  it('the report that gives Azerbaijan’s and Russia’s "no reason to flee" holds it for both', () => {
    const staying = index.reportStatements.filter((s) => s.concepts.includes('stay') && index.sources[s.source]!.id.startsWith('004'));
    expect(staying.map((s) => s.actor).sort()).toEqual(['azerbaijan', 'russia']);
  });
  it.each([
    ['Moscow and Baku both said the Armenians of Nagorno-Karabakh had no reason to flee.', ['russia say stay', 'azerbaijan say stay']],
    ['Moskau und Baku erklärten, für die Armenier in Bergkarabach bestehe kein Grund zur Flucht.', ['russia say stay', 'azerbaijan say stay']],
  ])('"%s"', (text, readings) => {
    for (const r of readings) expect(read(text)).toContain(r);
  });
  it('near-miss: two names after a preposition are no joined subject (the first gets no copy)', () => {
    expect(read('Talks between Azerbaijan and Russia on Nagorno-Karabakh said nothing of the refugees.').filter((r) => r.startsWith('azerbaijan'))).toEqual([]);
  });
  it('near-miss: "but" joins no subject', () => {
    expect(read('Armenia but not Russia said the people of Nagorno-Karabakh had no reason to flee.').filter((r) => r.startsWith('russia'))).toEqual([]);
  });
});

describe('seeing no reason for the flight is saying the Armenians need not flee', () => {
  it.each([
    ['Russia sees no reason for a mass exodus of Armenians from Nagorno-Karabakh.', 'russia say stay'],
    ['Кремль не видит причин для массового отъезда армян из Карабаха, заявил Песков.', 'russia say stay'],
    ['В Кремле не видят никаких причин для бегства армян из Нагорного Карабаха.', 'russia say stay'],
    ['Russland, die traditionelle Schutzmacht Armeniens, sieht keinen Anlass für die Massenflucht aus Bergkarabach.', 'russia say stay'],
    ['Moskou ziet geen reden voor een massale uittocht van de Armeniërs uit Karabach.', 'russia say stay'],
    ['Moscou ne voit aucune raison de fuir pour les Arméniens du Karabakh.', 'russia say stay'],
    ['El Kremlin no ve ningún motivo para la huida de los armenios de Karabaj.', 'russia say stay'],
    ['Il Cremlino non vede alcuna ragione per la fuga degli armeni dal Karabakh.', 'russia say stay'],
    ['O Kremlin não vê motivo para a fuga dos armênios de Karabakh.', 'russia say stay'],
    ['Kreml nie widzi żadnego powodu do ucieczki Ormian z Karabachu.', 'russia say stay'],
    ['Kreml nevidí žádný důvod k útěku Arménů z Karabachu.', 'russia say stay'],
    ["Moscow: 'no reason' for Karabakh Armenians to flee", 'russia say stay'],
    ['The Kremlin said the Armenians of Nagorno-Karabakh had nothing to be afraid of.', 'russia say stay'],
  ])('"%s"', (text, reading) => {
    expect(read(text)).toContain(reading);
    expect(judged(text)).toContain('corroborated 004');
  });
  it.each([
    'Кремль видит причины для бегства армян из Карабаха.',
    'Kreml widzi powody do ucieczki Ormian z Karabachu.',
    'Moscou voit des raisons de fuir pour les Arméniens du Karabakh.',
    'Кремль не видит причин для беспокойства из-за санкций, сказали в Нагорном Карабахе.',
    'Russland sieht keinen Anlass für neue Sanktionen gegen Bergkarabach.',
  ])('near-miss: "%s" gives nothing', (text) => {
    expect(judged(text).filter(Boolean)).toEqual([]);
  });
  it('the negation with the verb of seeing is no negation of what is said (was "not say", conflicting, in Czech)', () => {
    expect(read('Kreml nevidí žádný důvod k útěku Arménů z Karabachu.')).not.toContain('russia not say stay');
  });
});

describe('the lexicons', () => {
  it('every statement language has the plain "and" that joins two names into one subject', () => {
    const missing = STATEMENT_LEXICONS.filter((lex) => !lex.joiners?.length).map((lex) => lex.lang);
    expect(missing).toEqual([]);
    for (const lex of STATEMENT_LEXICONS) expect(() => compileLexicon(lex)).not.toThrow();
  });
});
