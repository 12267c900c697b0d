// Casualties keep their side (issue 11, item 3): the country's name after the count's noun of troops, and two
// tolls that share the noun the second names.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';

const DAY = parseIsoDate('2023-09-28')!;
const events = (text: string) => extractClaims(text, { pageDay: DAY }).map((c) => [c.text, c.event]);

describe('the side a toll counts', () => {
  it('reads the country named after the noun of troops as whose dead they were', () => {
    expect(events('В ходе операции в Нагорном Карабахе погибли 192 военнослужащих Азербайджана.')).toEqual([['192', 'azerbaijani-losses']]);
    expect(events('Bei der Offensive in Bergkarabach starben 192 Soldaten Aserbaidschans.')).toEqual([['192', 'azerbaijani-losses']]);
    expect(events('Podczas ofensywy w Górskim Karabachu zginęło 192 żołnierzy Azerbejdżanu.')).toEqual([['192', 'azerbaijani-losses']]);
  });

  it('gives two joined tolls the noun and side the second names', () => {
    expect(events('Verluste der Offensive in Bergkarabach: 192 tote und 511 verwundete Soldaten Aserbaidschans.')).toEqual([
      ['192', 'azerbaijani-losses'],
      ['511', 'azerbaijani-losses'],
    ]);
    expect(events('Потери в ходе операции в Карабахе: 192 погибших и 511 раненых военнослужащих Азербайджана.')).toEqual([
      ['192', 'azerbaijani-losses'],
      ['511', 'azerbaijani-losses'],
    ]);
  });

  it('leaves the Armenian side and a country named elsewhere in the sentence alone', () => {
    expect(events('Verluste der Offensive in Bergkarabach: 200 tote und 400 verwundete Soldaten Arzachs.')).toEqual([
      ['200', 'exodus-2023'],
      ['400', 'exodus-2023'],
    ]);
    // The country is the offensive's author, after a preposition that ends the count's phrase.
    expect(events('В Нагорном Карабахе погибли 200 армян во время наступления Азербайджана.')).toEqual([['200', 'exodus-2023']]);
    // The first toll has its own noun: it does not take the second's side.
    expect(events('In the Karabakh offensive at least 200 Armenians were killed and 192 dead Azerbaijani soldiers were counted.').slice(0, 1)).toEqual([['at least 200', 'exodus-2023']]);
  });
});
