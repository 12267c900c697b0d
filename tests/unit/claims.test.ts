import { describe, expect, it } from 'vitest';
import { isoOfDay, parseIsoDate } from '../../lib/calendar';
import { extractClaims, MAX_FIGURES_PER_PASSAGE } from '../../lib/claims';

const day = (iso: string) => parseIsoDate(iso)!;

function claimsOf(text: string, date?: string) {
  return extractClaims(text, { pageDay: date ? day(date) : undefined }).map((c) => ({
    text: c.text,
    measure: c.measure,
    event: c.event,
    asOf: c.asOf !== undefined ? isoOfDay(c.asOf) : null,
  }));
}

describe('a sentence between two about the subject is on it', () => {
  it('reads a count whose own sentence names neither region nor subject', () => {
    const text = 'Armenia has received the refugees from Nagorno-Karabakh, the spokeswoman said.\nBy her account, 61,500 had registered by noon. Armenia gave temporary housing to most of the refugees.';
    expect(claimsOf(text, '2023-09-29').find((c) => c.text === '61,500')?.measure).toBe('registered');
  });
  it('not a line of another story between two other stories', () => {
    const text = 'Refugees from Nagorno-Karabakh keep arriving in Armenia.\nIn other news, a storm left 3,000 homes without power. A new bridge opened in the capital.';
    expect(claimsOf(text, '2023-09-29').map((c) => c.text)).not.toContain('3,000');
  });
});

describe('a toll goes on in the sentences after it (figures7)', () => {
  it('only right after a toll: a sentence about something else between ends it', () => {
    const text = 'In Berg-Karabach starben nach Angaben der Behörden mindestens 25 Menschen. Der Flughafen blieb geschlossen. Bei einem Busunglück wurden 30 Menschen verletzt.';
    expect(claimsOf(text, '2023-09-19').map((c) => c.text)).toEqual(['mindestens 25']);
  });
  it('into the next paragraph only with a count that names its own people', () => {
    const text = 'At least 200 people were killed in the offensive in Nagorno-Karabakh, the ombudsman said.\n\nOf the dead, 13 have not been identified.';
    expect(claimsOf(text, '2023-09-20').map((c) => c.text)).toEqual(['At least 200']);
  });
  it('not into a paragraph after one that does not end on a toll', () => {
    const text = 'At least 200 people were killed in the offensive in Nagorno-Karabakh. The talks resumed.\n\nIn a separate accident, 30 people were injured.';
    expect(claimsOf(text, '2023-09-20').map((c) => c.text)).toEqual(['At least 200']);
  });
  it("takes the event of the toll it goes on with (Azerbaijan's own losses)", () => {
    const text = 'Im Karabach-Einsatz starben nach Angaben aus Baku 192 aserbaidschanische Soldaten. Unter den Toten sind auch Offiziere. Weitere 511 seien verletzt worden.';
    expect(claimsOf(text, '2023-09-27').map((c) => [c.text, c.event])).toEqual([
      ['192', 'azerbaijani-losses'],
      ['511', 'azerbaijani-losses'],
    ]);
  });
  it('gives a toll and nothing else', () => {
    const text = 'In Berg-Karabach starben mindestens 25 Menschen. Unter den Toten sind Zivilisten. Das Rathaus wurde 1998 gebaut und hat 40 Räume.';
    expect(claimsOf(text, '2023-09-19').map((c) => c.text)).toEqual(['mindestens 25']);
  });
});

describe('a province list breaks down the count before it (figures7)', () => {
  it('not without a count of the refugees before it', () => {
    const text = 'Nagorno-Karabakh was a theme of the campaign.\nTurnout by province: Kotayk: 45,210, Shirak: 30,115, Lori: 28,400.';
    expect(claimsOf(text, '2024-10-01')).toEqual([]);
  });
  it('not a province named once with a count', () => {
    const text = '100,000 people have fled Nagorno-Karabakh to Armenia.\nIn Syunik, 3,000 of them found shelter with relatives.';
    expect(claimsOf(text, '2023-09-30').map((c) => c.measure)).not.toContain('housed:province');
  });
});

describe('a projection or a target is no count, in every language', () => {
  it.each([
    ['Officials say the number who fled Nagorno-Karabakh could climb to 110,000.', '110,000'],
    ["Selon Erevan, le nombre de réfugiés du Haut-Karabakh pourrait atteindre 110 000.", '110 000'],
    ['Armenien rechnet mit 110.000 Flüchtlingen aus Bergkarabach.', '110.000'],
    ['Власти Армении готовы принять 40 000 беженцев из Нагорного Карабаха.', '40 000'],
    ['Armenia si prepara ad accogliere 40.000 profughi dal Nagorno-Karabakh.', '40.000'],
    ['Armenia przygotowuje się na przyjęcie 40 tysięcy uchodźców z Górskiego Karabachu.', '40 tysięcy'],
  ])('%s', (text, figure) => {
    expect(claimsOf(text, '2023-09-26').map((c) => c.text)).not.toContain(figure);
  });
});

describe('a count of another place or another departure is not the exodus', () => {
  it('a population in millions is a country\'s, not the region\'s', () => {
    const text = 'Mehr als die Hälfte der Armenier hat Berg-Karabach nach der Offensive Aserbaidschans verlassen, rund 70.000 Flüchtlinge sind in Armenien angekommen. In dem Land leben 2,8 Millionen Menschen.';
    const figures = claimsOf(text, '2023-09-28').map((c) => c.text);
    expect(figures).toContain('rund 70.000');
    expect(figures).not.toContain('2,8 Millionen');
  });
  it('a word for the inhabitants in an appositive describes the place, not the count after it', () => {
    const text = 'The death toll of the fuel depot blast in Nagorno-Karabakh, a region mostly inhabited by Armenians, has risen to 68, officials said.';
    expect(claimsOf(text, '2023-09-27').find((c) => c.text === '68')?.measure).not.toBe('population');
    const whole = 'Nagorno-Karabakh, a region inhabited by about 120,000 ethnic Armenians, was retaken by Azerbaijan.';
    expect(claimsOf(whole, '2023-09-27').find((c) => c.text === 'about 120,000')?.measure).toBe('population');
  });
  it.each([
    ["Plus de 3 000 personnes déplacées du Haut-Karabakh ont quitté l'Arménie depuis octobre.", 'Plus de 3 000'],
    ['More than 3,000 displaced people from Nagorno-Karabakh have left Armenia since October.', 'More than 3,000'],
    ['Более 3 тысяч вынужденных переселенцев из Карабаха покинули Армению.', 'Более 3 тысяч'],
  ])('leaving Armenia: %s', (text, figure) => {
    // Not the exodus: a count of its own (round 21, f21a), which no report gives.
    expect(claimsOf(text, '2023-12-01').map((c) => [c.text, c.measure])).toEqual([[figure, 'left_armenia']]);
  });
  it.each([
    ["Plus de 3 000 personnes ont quitté le Haut-Karabakh pour l'Arménie.", 'Plus de 3 000'],
    ['More than 3,000 people from Nagorno-Karabakh have entered Armenia.', 'More than 3,000'],
  ])('leaving for Armenia or entering it is the exodus: %s', (text, figure) => {
    expect(claimsOf(text, '2023-09-26').find((c) => c.text === figure)?.measure).toBe('left');
  });
});

describe('a span that places an event in time is no claim', () => {
  it('"two weeks after the offensive began" with nothing ended in it', () => {
    expect(claimsOf('Two weeks after the offensive began, Stepanakert in Nagorno-Karabakh was almost empty.').map((c) => c.text)).not.toContain('Two weeks');
  });
});

describe('two dates and one word that says what a date marks', () => {
  it('the date nearer the word takes it; the other is not read past it (it is the day of the decree)', () => {
    const claims = claimsOf("On 28 September Nagorno-Karabakh's leader signed a decree to dissolve the republic on 1 January 2024.", '2023-10-02');
    expect(claims.find((c) => c.text.includes('1 January'))?.measure).toBe('date:dissolution');
    expect(claims.find((c) => c.text === '28 September')?.measure).toBe('date:decree');
  });
});

describe('the fuel-depot blast owns its toll, and nothing else', () => {
  it('people who fled, in the sentence that names the blast, are the exodus', () => {
    const claims = claimsOf('The fuel depot outside Stepanakert exploded as more than 20,000 people fled Nagorno-Karabakh.', '2023-09-26');
    expect(claims.find((c) => c.text === 'more than 20,000')).toMatchObject({ measure: 'left', event: 'exodus-2023' });
  });
  it('a toll two sentences after another event is named is not carried to the blast', () => {
    const claims = claimsOf('A fuel depot exploded near Stepanakert in Nagorno-Karabakh. Last week the offensive began. Officials said 200 people were killed.', '2023-09-27');
    expect(claims.find((c) => c.text === '200')?.event).toBe('exodus-2023');
  });
  it('a toll two sentences after the blast is named, with nothing between naming another event, is the blast\'s', () => {
    const claims = claimsOf('A fuel depot exploded near Stepanakert in Nagorno-Karabakh. Rescuers worked through the night. Officials said 68 people were killed.', '2023-09-27');
    expect(claims.find((c) => c.text === '68')?.event).toBe('fuel-depot');
  });
  it('the blast named at the end of one paragraph carries into the next paragraph about the region', () => {
    const claims = claimsOf('In Nagorno-Karabakh, a fuel depot exploded near Stepanakert.\n\nIn Nagorno-Karabakh, officials said 170 people were killed.', '2023-09-27');
    expect(claims.find((c) => c.text === '170')?.event).toBe('fuel-depot');
  });
  it('another event named between the blast and the toll stops the carry across paragraphs', () => {
    const claims = claimsOf('In Nagorno-Karabakh, a fuel depot exploded near Stepanakert. The offensive had ended days before.\n\nIn Nagorno-Karabakh, officials said 170 people were killed.', '2023-09-27');
    expect(claims.find((c) => c.text === '170')?.event).toBe('exodus-2023');
  });
});

describe('what a figure measures', () => {
  it.each([
    ['More than 100,000 have now fled Nagorno-Karabakh.', 'More than 100,000', 'left'],
    ['Nagorno-Karabakh had a population of around 120,000.', 'around 120,000', 'population'],
    ["Nearly all of Nagorno-Karabakh's 120,000 ethnic Armenians have fled.", '120,000', 'population'],
    ['The number of vehicles to cross the Hakari Bridge has topped 21,000.', 'topped 21,000', 'vehicles'],
    ['At least 200 people were killed and around 400 injured in Nagorno-Karabakh.', 'At least 200', 'killed'],
    ['At least 200 people were killed and around 400 injured in Nagorno-Karabakh.', 'around 400', 'wounded'],
    ['As many as 311 civilians, including 102 children, were evacuated from Nagorno-Karabakh.', 'As many as 311', 'evacuated'],
    ['As many as 311 civilians, including 102 children, were evacuated from Nagorno-Karabakh.', '102', 'evacuated:children'],
    ['Baku says 10,000 Armenian troops were in Nagorno-Karabakh.', '10,000', 'troops'],
    ['About 3,000 Russian peacekeepers are deployed in Nagorno-Karabakh.', 'About 3,000', 'peacekeepers'],
    ['More than half of the population of Nagorno-Karabakh has fled.', 'More than half', 'share_left'],
    ['It took three days to reach Goris from Stepanakert.', 'three days', 'journey_time'],
    ['The UN mission was its first to Nagorno-Karabakh in 30 years.', '30 years', 'since_access'],
    ['Artsakh will dissolve itself on 1 January 2024.', '1 January 2024', 'date:dissolution'],
    ['In December, Azerbaijan blocked the Lachin corridor.', 'December', 'date:blockade'],
    ['Of those who arrived from Karabakh, 81,139 had been registered.', '81,139', 'registered'],
    ['By October 2, only around 50 ethnic Armenians were left in Nagorno-Karabakh.', 'around 50', 'remaining'],
    // The span from a start to an end the sentence names: how long it lasted.
    ['Karabakh forces laid down their arms less than 24 hours after Azerbaijan launched its offensive.', 'less than 24 hours', 'duration'],
    // Turkish endings on the noun and the verb: "kişinin ... ayrıldığı".
    ["Yetkililer, toplam 100.514 kişinin Dağlık Karabağ'dan ayrıldığını söyledi.", '100.514', 'left'],
    ["Bakanlığa göre operasyonda 320 askerin yaralandığı Karabağ'da açıklandı.", '320', 'wounded:soldiers'],
    // Russian "переехали" (moved) and a date a dissolution takes effect "с" (as of); "капитулировал" ends the offensive.
    ['По данным властей, из Нагорного Карабаха в Армению переехали 64 300 человек.', '64 300', 'left'],
    ['Власти Нагорного Карабаха объявили о прекращении существования республики с 1 января 2024 года.', '1 января 2024', 'date:dissolution'],
    ['Карабахские силы 20 сентября капитулировали перед Азербайджаном.', '20 сентября', 'date:end'],
    // Postposed Azerbaijani qualifier after the unit: "24 saatdan az" (less than 24 hours).
    ['Qarabağda antiterror tədbirləri 24 saatdan az müddətdə başa çatıb.', '24 saatdan az', 'duration'],
    // Portuguese "fugiu" (singular) and Italian "più della metà".
    ['Segundo Yerevan, mais de metade da população do Nagorno-Karabakh fugiu para a Arménia.', 'mais de metade', 'share_left'],
    ['Secondo Erevan, più della metà della popolazione del Nagorno-Karabakh ha già lasciato la regione.', 'più della metà', 'share_left'],
    // Whose troops: the phrase the figure completes names the peacekeepers.
    ['Russia keeps a peacekeeping contingent of roughly 1,900 troops in Nagorno-Karabakh.', 'roughly 1,900', 'peacekeepers'],
    ['V Náhorním Karabachu působí ruský mírový kontingent o síle asi 1 900 vojáků.', 'asi 1 900', 'peacekeepers'],
    // Czech "přešlo" (crossed) and Portuguese "abandonado".
    ['Podle vlády přešlo z Náhorního Karabachu do Arménie už 30 000 lidí.', '30 000', 'left'],
    ['Segundo Yerevan, 70% da população já tinha abandonado o Nagorno-Karabakh.', '70%', 'share_left'],
  ])('%s → %s is %s', (text, figure, measure) => {
    const c = claimsOf(text).find((x) => x.text === figure);
    expect(c, `claim ${figure}`).toBeDefined();
    expect(c!.measure).toBe(measure);
  });

  it('a figure with no measure the engine knows is not a claim', () => {
    expect(claimsOf('Nagorno-Karabakh news: 5 things to know. Page 2 of 10.')).toEqual([]);
    expect(claimsOf('Between the two countries, Nagorno-Karabakh has been fought over, leaving people suspicious.')).toEqual([]);
    expect(claimsOf('Azerbaijan, a country of 10 million people, retook Nagorno-Karabakh.')).toEqual([]);
  });
});

describe('which event a figure belongs to', () => {
  it.each([
    ['The blast at a fuel depot in Nagorno-Karabakh left at least 20 dead.', 'at least 20', 'fuel-depot'],
    ['In the 2020 war over Nagorno-Karabakh, more than 6,500 soldiers died.', 'more than 6,500', 'war-2020'],
    ['The conflict over Nagorno-Karabakh displaced about 600,000 Azerbaijanis in the early 1990s.', 'about 600,000', 'war-1990s'],
    ['Azerbaijan said 192 Azerbaijani soldiers were killed in Nagorno-Karabakh.', '192', 'azerbaijani-losses'],
    ['More than 100,000 people have fled Nagorno-Karabakh.', 'More than 100,000', 'exodus-2023'],
    ['Fighting over Nagorno-Karabakh ended in 1994 after six years of war.', 'six years', 'war-1990s'],
  ])('%s → %s', (text, figure, event) => {
    expect(claimsOf(text).find((x) => x.text === figure)?.event).toBe(event);
  });
});

describe('the day a figure describes', () => {
  it('resolves weekdays against the page date', () => {
    expect(claimsOf('By Thursday evening 78,300 people had left Nagorno-Karabakh.', '2023-09-28')[0]!.asOf).toBe('2023-09-28');
    expect(claimsOf('By Wednesday some 50,000 people had fled Nagorno-Karabakh.', '2023-09-28')[0]!.asOf).toBe('2023-09-27');
    expect(claimsOf('Yesterday 40,000 people had fled Nagorno-Karabakh.', '2023-09-28')[0]!.asOf).toBe('2023-09-27');
  });

  it('takes an explicit date, and the page date otherwise', () => {
    expect(claimsOf('As of September 26, 19,000 people had fled Nagorno-Karabakh.', '2023-09-30')[0]!.asOf).toBe('2023-09-26');
    expect(claimsOf('More than 100,000 people have fled Nagorno-Karabakh.', '2023-09-30')[0]!.asOf).toBe('2023-09-30');
    expect(claimsOf('More than 100,000 people have fled Nagorno-Karabakh.')[0]!.asOf).toBeNull();
  });

  it('"since Sunday" and "began Sunday" open a period; they do not date the count', () => {
    expect(claimsOf('Since Sunday, 50,000 people have fled Nagorno-Karabakh.', '2023-09-28')[0]!.asOf).toBe('2023-09-28');
  });
});

describe('relevance', () => {
  it.each([
    'Over 100,000 people were evacuated ahead of the hurricane, state officials said.',
    "The island's population is around 120,000, most of whom live on the coast.",
    "Azerbaijan's oil output fell by 5 percent last year, the energy ministry said.",
    'Armenia, Austria, Azerbaijan: choose your country. 120,000 customers served.',
  ])('no claim in off-topic text: %s', (text) => {
    expect(extractClaims(text)).toEqual([]);
  });

  it('a hurricane paragraph beside a Karabakh one gives nothing', () => {
    const text = 'More than 100,000 people have fled Nagorno-Karabakh.\nOver 100,000 people were evacuated ahead of the hurricane.';
    expect(extractClaims(text).map((c) => c.text)).toEqual(['More than 100,000']);
  });

  it('a paragraph that continues the story without naming the region is read', () => {
    const text = 'More than half of Nagorno-Karabakh has fled.\nBy Thursday evening, over 78,300 people had left for Armenia.';
    expect(extractClaims(text, { pageDay: day('2023-09-28') }).map((c) => c.text)).toEqual(['More than half', 'over 78,300']);
  });

  it('spans slice to the claim text', () => {
    const text = 'Il governo armeno ha detto che oltre 100.000 persone hanno lasciato il Nagorno-Karabakh.';
    for (const c of extractClaims(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('who says it, and denials', () => {
  it('names the speaker', () => {
    const [c] = extractClaims('According to the UN refugee agency, more than 100,000 have fled Nagorno-Karabakh.');
    expect(c!.attribution).toBe('the UN refugee agency');
    const [d] = extractClaims("Armenia's government said 19,000 people from Nagorno-Karabakh had arrived.");
    expect(d!.attribution).toBe("Armenia's government");
  });

  it('marks figures reported as claimed and denied, but not "the disputed region"', () => {
    expect(extractClaims('Baku claims 10,000 Armenian troops are in Nagorno-Karabakh; Yerevan denies it.')[0]!.denied).toBe(true);
    expect(extractClaims('More than 100,000 have fled the disputed region of Nagorno-Karabakh.')[0]!.denied).toBe(false);
  });
});

describe('hard-wrapped text', () => {
  it('keeps a qualifier at the end of a line with the number on the next', () => {
    const text = 'Aus Bergkarabach sind nach Angaben der Regierung in Eriwan rund\n100.000 Menschen nach Armenien geflohen.';
    const claims = extractClaims(text, { pageDay: day('2023-09-28') });
    expect(claims.map((c) => [c.text, c.measure])).toEqual([['rund\n100.000', 'left']]);
  });

  it('does not join a headline to the paragraph under it', () => {
    const text = 'Karabakh exodus passes 100,000\nMore than 100,000 people have fled Nagorno-Karabakh, Armenia said.';
    const claims = extractClaims(text);
    expect(claims.map((c) => c.text)).toEqual(['passes 100,000', 'More than 100,000']);
    expect(claims[0]!.sentence.end).toBeLessThanOrEqual(text.indexOf('\n'));
  });
});

describe("the page's own date", () => {
  it('a page dated before the offensive has no claims: it reports another time', () => {
    const text = 'Fighting over Nagorno-Karabakh has killed at least 200 people, and thousands have fled.';
    expect(extractClaims(text, { pageDay: day('2020-09-29') })).toEqual([]);
    expect(extractClaims(text, { pageDay: day('2023-09-20') }).map((c) => c.text)).toEqual(['at least 200', 'thousands']);
  });
});

describe('dates in real reporting', () => {
  it('a German ordinal day is one date, read with the words of its own sentence', () => {
    const claims = extractClaims('Die Führung von Bergkarabach kündigte an, die Republik werde zum 1. Januar 2024 aufgelöst. Danach kam nichts.', { pageDay: day('2023-09-29') });
    const c = claims.find((x) => x.text === '1. Januar 2024');
    expect(c, 'claim on "1. Januar 2024"').toBeDefined();
    expect(c!.measure).toBe('date:dissolution');
  });

  it('"in the new year" is the year after the page’s', () => {
    const claims = extractClaims('The breakaway government of Nagorno-Karabakh will dissolve itself in the new year.', { pageDay: day('2023-09-29') });
    const c = claims.find((x) => x.text === 'the new year');
    expect(c, 'claim on "the new year"').toBeDefined();
    expect(c!.measure).toBe('date:dissolution');
    expect([isoOfDay(c!.figure.low), isoOfDay(c!.figure.high)]).toEqual(['2024-01-01', '2024-01-31']);
  });

  it('Portuguese "dos" is "of the", never Spanish "two"', () => {
    const text = 'A maioria dos moradores de Nagorno-Karabakh partiu para a Arménia, e a república não existirá em janeiro.';
    expect(extractClaims(text, { pageDay: day('2023-09-29') }).map((c) => c.text)).not.toContain('dos');
  });
});

describe('bounds on what one passage costs', () => {
  const sentence = 'More than 100,000 people have fled Nagorno-Karabakh.';
  it(`reads at most MAX_FIGURES_PER_PASSAGE figures of one passage, and the passages after it in full`, () => {
    const line = Array.from({ length: 2 * MAX_FIGURES_PER_PASSAGE }, () => sentence).join(' ');
    const text = `${line}\nAt least 200 people were killed in Nagorno-Karabakh.`;
    const claims = extractClaims(text);
    const inLine = claims.filter((c) => c.end <= line.length);
    // Every sentence of the line has one figure: the first MAX of them are read, none after.
    expect(inLine).toHaveLength(MAX_FIGURES_PER_PASSAGE);
    expect(Math.max(...inLine.map((c) => c.start))).toBeLessThan(MAX_FIGURES_PER_PASSAGE * (sentence.length + 1));
    expect(claims.at(-1)!.text).toBe('At least 200');
  });
});
