/**
 * The hour a sentence gives its figure ("by Thursday noon", "on Wednesday evening", "at 6pm"),
 * so that two counts of one day can be put in order (docs/VERDICTS.md, "time of day").
 */

// The hour each part of the day stands for: it puts two counts of one day in order, and
// relation.ts (withinADay) scales a day's rise by it, so the values matter, not only their order.
const word = (words: string) => new RegExp(String.raw`(?<![\p{L}])(?:${words})(?![\p{L}])`, 'iu');
const PARTS: Array<[RegExp, number]> = [
  [word('morning|matin|vormittag|mattina|mattinata|утром|утро'), 9],
  [word('noon|midday|midi|mittag|mezzogiorno|mediodía|полдень'), 12],
  [word('afternoon|après-midi|nachmittag|pomeriggio|днём|днем'), 15],
  [word('evening|soir|soirée|abend|sera|вечером|вечер'), 19],
  [word('night|overnight|nuit|nacht|notte|noche|ночью|ночь'), 22],
  [word('midnight|minuit|mitternacht|mezzanotte|medianoche|полночь'), 24],
];
const CLOCK = /\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![\p{L}])/iu;

/** The hour (0–24) the sentence names, or undefined when it names none. */
export function hourOf(sentence: string): number | undefined {
  const clock = CLOCK.exec(sentence);
  if (clock) {
    const h = Number(clock[1]) % 12;
    return (clock[3]!.toLowerCase().startsWith('p') ? h + 12 : h) + Number(clock[2] ?? 0) / 60;
  }
  let best: { at: number; hour: number } | undefined;
  for (const [re, hour] of PARTS) {
    const m = re.exec(sentence);
    if (m && (!best || m.index < best.at)) best = { at: m.index, hour };
  }
  return best?.hour;
}
