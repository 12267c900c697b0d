// Seeded generators for the benchmark: corpora of any size and pages of any length, the
// same on every run for the same seed, so runs are comparable.

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS = ['Daily Ledger', 'Caucasus Wire', 'Evening Post', 'Mountain Times', 'Region Today', 'World Desk', 'Harbour News', 'Valley Herald'];
const SPEAKERS = ['the Armenian government', 'UNHCR', 'a government spokeswoman', 'officials in Yerevan', 'the regional ombudsman'];
const QUALIFIERS = ['more than', 'over', 'about', 'around', 'almost', 'some', 'at least', ''];
const FILLER = [
  'Families queued for hours on the only road out, their cars packed to the roof.',
  'Aid agencies said they were preparing shelters and medical supplies for the new arrivals.',
  'Officials in Baku said residents were free to stay and would be treated as citizens.',
  'Many of those who left said they did not expect to return to their homes.',
  'Talks on the region\'s future continued, with no agreement announced.',
];

// The count of people who had left by a day of September/October 2023 (rising, roughly as reported).
function leftBy(day: number): number {
  if (day < 24) return 0;
  return Math.min(100_500, Math.round(2_900 * 1.9 ** Math.min(day - 24, 6)));
}

function dayText(day: number): { date: string; weekday: string } {
  const d = new Date(Date.UTC(2023, 8, day));
  return { date: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`, weekday: WEEKDAYS[d.getUTCDay()]! };
}

/** One claim-bearing sentence about the exodus, for the given day of September 2023. */
export function claimSentence(r: () => number, day: number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const q = pick(QUALIFIERS);
  const fmt = (n: number) => n.toLocaleString('en-GB');
  const left = Math.max(1_000, Math.round((leftBy(day) * (0.9 + r() * 0.2)) / 100) * 100);
  const { weekday } = dayText(day);
  const kinds = [
    () => `${q ? `${q[0]!.toUpperCase()}${q.slice(1)} ` : ''}${fmt(left)} people have fled Nagorno-Karabakh, ${pick(SPEAKERS)} said on ${weekday}.`,
    () => `The number of vehicles to cross the Hakari Bridge out of Nagorno-Karabakh has topped ${fmt(Math.round(left / 5 / 100) * 100)}.`,
    () => `Nagorno-Karabakh had a population of around ${fmt(115_000 + Math.round(r() * 10) * 1_000)} before the offensive.`,
    () => `At least ${200 + Math.round(r() * 20)} people were killed and around ${400 + Math.round(r() * 40)} injured in the fighting in Nagorno-Karabakh.`,
    () => `${fmt(Math.round(20 + r() * 200))} people died in the explosion at a fuel depot near Stepanakert.`,
    () => `By ${weekday}, more than ${Math.round(Math.min(95, (left / 120_000) * 100))}% of Nagorno-Karabakh's population had left.`,
  ];
  return pick(kinds)();
}

/** A corpus of `n` generated reports: ids, titles and datelines, claims and filler. */
export function generateSources(n: number, seed = 1): Array<{ id: string; text: string }> {
  const r = rng(seed);
  const out: Array<{ id: string; text: string }> = [];
  for (let i = 0; i < n; i++) {
    const day = 22 + Math.floor(r() * 12); // 22 Sept – 3 Oct 2023
    const { date, weekday } = dayText(day);
    const paragraphs = [`${OUTLETS[i % OUTLETS.length]}: report ${i + 1} on the Nagorno-Karabakh exodus`, '', `${weekday}, ${date}`, ''];
    const count = 4 + Math.floor(r() * 6);
    for (let k = 0; k < count; k++) paragraphs.push(`${claimSentence(r, day)} ${FILLER[Math.floor(r() * FILLER.length)]}`, '');
    out.push({ id: `gen-${String(i).padStart(5, '0')}`, text: paragraphs.join('\n') });
  }
  return out;
}

/** An article of about `words` words about the exodus, dated 30 Sept 2023, as plain paragraphs. */
export function generateArticle(words: number, seed = 2, claimShare = 0.5): string[] {
  const r = rng(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences = [r() < claimShare ? claimSentence(r, 24 + Math.floor(r() * 7)) : FILLER[Math.floor(r() * FILLER.length)]!, FILLER[Math.floor(r() * FILLER.length)]!];
    const p = sentences.join(' ');
    paragraphs.push(p);
    count += p.split(/\s+/).length;
  }
  return paragraphs;
}

/** An HTML page holding the given paragraphs, dated 30 Sept 2023. */
export function articlePage(title: string, paragraphs: string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><meta property="article:published_time" content="2023-09-30T12:00:00Z"></head><body><article><h1>${esc(title)}</h1>\n${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}\n</article></body></html>`;
}
