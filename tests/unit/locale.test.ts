import { describe, expect, it } from 'vitest';
import { detectLocale, parseDigits } from '../../lib/locale';

describe('parseDigits reads separators the way each locale writes them', () => {
  it.each([
    ['100,417', 'en', false, 100417],
    ['85.000', 'it', false, 85000],
    ['85.000', 'de', false, 85000],
    ['85.000', 'en', false, 85000], // reporting writes counts, not thousandths
    ['0.125', 'en', false, 0.125],
    ['1.5', 'en', false, 1.5],
    ['1,5', 'fr', false, 1.5],
    ['1,234.5', 'en', false, 1234.5],
    ['1.234,5', 'de', false, 1234.5],
    ['1.2', 'en', true, 1.2],
    ['1,2', 'it', true, 1.2],
    ['1,250', 'en', true, 1.25],
    ['84 770', 'fr', false, 84770],
    ['100\u00a0000', 'fr', false, 100000],
    ['100\u202f000', 'fr', false, 100000],
    ['100\u2009000', 'en', false, 100000],
    ["100'000", 'de', false, 100000],
    ['1,234,567', 'en', false, 1234567],
  ] as const)('%s in %s (before scale: %s) is %d', (raw, locale, scale, expected) => {
    expect(parseDigits(raw, locale, scale)).toBe(expected);
  });
});

describe('detectLocale', () => {
  it.each([
    ['More than 100,000 people have fled the region, the government said.', 'en'],
    ['Il governo armeno ha detto che oltre 100.000 persone hanno lasciato il Nagorno-Karabakh.', 'it'],
    ['Plus de 100 000 personnes ont fui le Haut-Karabakh selon les autorités.', 'fr'],
    ['Mehr als 100.000 Menschen sind nach Armenien geflohen, die Regierung hat das bestätigt.', 'de'],
    ['Más de 100.000 personas han huido de la región según las autoridades.', 'es'],
    ['Более 100 тысяч человек покинули Нагорный Карабах.', 'ru'],
    // Spanish shares "de", "la" and "en" with French and Portuguese; their own words must outweigh them.
    ['Le gouvernement a fixé la fin de la république au 1er janvier et la moitié de la population est partie en Arménie.', 'fr'],
    ['A maioria dos moradores da região partiu em direção à Arménia depois da ofensiva, e a república não existirá em janeiro.', 'pt'],
    // Azerbaijani writes Turkish's "ı", "ğ" and "ş" too; "ə" settles it.
    ['Qarabağdakı silahlı dəstələr əməliyyatın başlamasından bir gün sonra silahı yerə qoyublar.', 'az'],
    // Portuguese "da", "na", "onde": without them the Turkish "da" and "de" won a short sentence.
    ['A autoproclamada república, onde viviam cerca de 120 mil arménios antes da guerra, deixa de existir a 1 de janeiro de 2024.', 'pt'],
  ] as const)('%s → %s', (text, locale) => {
    expect(detectLocale(text)).toBe(locale);
  });
});

describe('detectLocale counts each script once, capitals included', () => {
  it('a headline in Latin capitals quoting a Cyrillic name is not Russian', () => {
    expect(detectLocale('THOUSANDS FLEE NAGORNO-KARABAKH AS THE ARMY ADVANCES, SAYS ТАСС')).not.toBe('ru');
  });
  it('Cyrillic or Armenian text with a few Latin capitals keeps its script', () => {
    expect(detectLocale('Более 100 тысяч человек покинули Нагорный Карабах, сообщает AFP.')).toBe('ru');
    expect(detectLocale('Լեռնային Ղարաբաղից Հայաստան է տեղափոխվել ավելի քան 100 հազար մարդ, հաղորդում է AFP-ն։')).toBe('hy');
  });
});

describe('detectLocale on evidence two languages share', () => {
  it('a text whose stopwords Spanish and French both list is read with every lexicon, not the first listed', async () => {
    const { LEXICONS } = await import('../../lib/lexicon/index');
    const both = LEXICONS.es.stopwords.filter((w) => LEXICONS.fr.stopwords.includes(w));
    expect(both.length).toBeGreaterThanOrEqual(2);
    expect(detectLocale(`${both.join(' ')} ${both.join(' ')} Karabakh`)).toBeNull();
  });
  it('a short Spanish sentence of shared words and one Spanish word is Spanish', () => {
    expect(detectLocale('Azerbaiyán dice que 192 de sus soldados murieron en la ofensiva.')).toBe('es');
  });
});
