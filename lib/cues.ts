/**
 * Cue words that say what a figure counts and what happened: "fled", "killed", "lived",
 * "vehicles". Each class lists English first, then French, German, Italian, Spanish,
 * Portuguese and Russian forms, so the same rules read reports in those languages.
 */

/** What happened to the people or things a figure counts. */
export type Action =
  | 'left'
  | 'population'
  | 'remaining'
  | 'killed'
  | 'wounded'
  | 'evacuated'
  | 'registered'
  | 'housed'
  | 'detained'
  | 'journey'
  | 'war'
  | 'access'
  | 'aid';

/** What a figure counts, read from the noun that follows it ("21,000 vehicles"). */
export type Thing = 'people' | 'residents' | 'refugees' | 'civilians' | 'children' | 'vehicles' | 'troops' | 'peacekeepers';

/** What a date marks: "dissolve on 1 January 2024", "blocked ... in December". */
export type DateAction = 'dissolution' | 'blockade' | 'end' | 'start';

const L = String.raw`[\p{L}\p{M}]`;

// Each lexicon regex keeps its inner alternatives, so a lexicon can be scanned in one pass.
const INNER = new WeakMap<RegExp, string>();

function words(list: string): RegExp {
  // A stem ending in "*" matches any inflection; "…" stands for up to three words; others are whole words.
  const alternatives = list
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean)
    .map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}${L}*` : escape(w)).replace(/\u2026/g, String.raw`(?:[\p{L}\p{M}'’-]+\s+){0,3}`));
  const inner = alternatives.join('|');
  const re = new RegExp(String.raw`(?<!${L})(?:${inner})(?!${L})`, 'giu');
  INNER.set(re, inner);
  return re;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/ /g, String.raw`[\s\u00A0]+`);
}

/** Verbs and nouns per action. `strong` cues are predicates; `weak` ones are nouns that only hint. */
export const ACTION_CUES: Record<Action, { strong: RegExp; weak?: RegExp }> = {
  left: {
    strong: words(
      'fled|flee|flees|fleeing|left for|left their|have left|has left|had left|who left|left since|left the|left nagorno*|left karabakh*|left artsakh|left stepanakert|leave the|leave their|leave nagorno*|leave karabakh*|leave for|to leave|leaving the|leaving their|leaving for|leaving nagorno*|leaving karabakh*|departed|arrived|arriving|arrival|arrivals|entered|entering|crossed into|crossed from|crossing into|crossed over|have crossed|has crossed|had crossed|displaced|uprooted|sought refuge|seeking refuge|poured into|pouring into|streamed into|streaming into|flooded into|flooding into|fuit|fui|fuient|fuyant|quitté|ont quitté|arrivés|arrivées|déplacés|geflohen|geflüchtet|flohen|fliehen|verlassen|angekommen|eingetroffen|vertrieben|lasciato|lasciare|fuggit*|fuggono|partit*|arrivat*|sfollat*|huido|huyeron|huyen|abandonado|abandonaron|salido|llegado|llegaron|desplazad*|fugiram|deixaram|chegaram|покинул*|бежал*|прибыл*|выехал*',
    ),
    weak: words('refugees|refugee|réfugiés|flüchtlinge|rifugiati|profughi|refugiados|беженц*|exodus|flight|influx|migration|evacuation|exode|esodo|éxodo|departures|lost|leave'),
  },
  population: {
    strong: words('lived|live in|living in|inhabited|home to|populated|numbered|numbering|called …home|call …home|vivaient|habitaient|lebten|wohnten|vivevano|abitavano|vivían|habitaban|viviam|проживал*|жили'),
    weak: words('population|inhabitants|residents|popolazione|bevölkerung|población|população|население|habitants|einwohner|abitanti|habitantes|жителей'),
  },
  remaining: {
    strong: words('remain|remained|remaining|remains|are left|were left|is left|was left|still live|still living|still lives|stayed|stay behind|stayed behind|left behind|rimast*|rimangono|restent|restés|restées|verbleiben|geblieben|quedan|permanecen|остал*'),
  },
  killed: {
    strong: words(
      'killed|dead|died|deaths|death toll|fatalities|lost their lives|slain|tué*|morts|mortes|getötet|tote|toten|starben|uccis*|morti|morte|muertos|muertas|murieron|murió|fallecid*|fallecieron|mortos|morreram|погиб*|убит*',
    ),
  },
  wounded: { strong: words('injured|wounded|hurt|injuries|blessé*|verletzt*|verwundet*|ferit*|herid*|ferid*|ранен*') },
  evacuated: { strong: words('evacuated|evacuating|convoy|convoys|escorted|évacué*|evakuiert|evacuat*|evacuad*|эвакуир*') },
  registered: { strong: words('registered|enregistr*|registriert|registrat*|registrad*|зарегистр*') },
  housed: { strong: words('housing|housed|accommodation|accommodated|shelter|shelters|sheltered|hébergé*|logement|untergebracht|alloggi*|alojad*|размещен*') },
  detained: { strong: words('detained|arrested|arrêté*|festgenommen|arrestat*|detenid*|задержан*|арестован*') },
  journey: {
    strong: words('took|take|takes|taking|journey|trip|drive|travel|travelled|traveled|to get to|to reach|to cover|queue|queued|wait|waited|waiting|stuck|jammed|trajet|voyage|fahrt|reise|viaggio|viaje|дорога'),
  },
  war: {
    strong: words('war|wars|fighting|fought|conflict|offensive|blockade|hostilities|siege|clashes|operation|lasted|guerre|conflit|krieg|konflikt|kämpfe|guerra|conflitto|conflicto|война|войны|конфликт*|блокад*'),
  },
  access: { strong: words('first|première|premier|erste|ersten|prima|primo|primera|primer|первый|первая') },
  aid: { strong: words('aid|assistance|humanitarian|pledged|donated|funding|grant|hilfe|aide|aiuti|ayuda') },
};

/** Nouns a figure can count, matched right after it or after "the number of". */
export const THING_WORDS: Record<Thing, RegExp> = {
  people: words('people|persons|individuals|armenians|azerbaijanis|azeris|families|citizens|men|women|evacuees|patients|persone|personnes|menschen|personas|pessoas|человек|армян'),
  residents: words('residents|inhabitants|habitants|einwohner|abitanti|habitantes|жителей'),
  refugees: words('refugees|réfugiés|flüchtlinge|rifugiati|profughi|sfollati|refugiados|беженцев|displaced'),
  civilians: words('civilians|civils|zivilisten|civili|civiles|мирных'),
  children: words('children|kids|minors|enfants|kinder|bambini|niños|crianças|детей'),
  vehicles: words('vehicles|vehicle|cars|trucks|lorries|buses|véhicules|voitures|fahrzeuge|autos|veicoli|auto|vehículos|coches|veículos|автомобилей|машин'),
  troops: words('troops|soldiers|servicemen|fighters|militants|combatants|armed men|armed people|troupes|soldats|soldaten|truppen|soldati|soldados|военнослужащих|солдат|военных'),
  peacekeepers: words('peacekeepers|peacekeeper|casques bleus|friedenstruppen|peacekeeping troops|миротворцев'),
};

/** Words that name what a date marks, looked for near the date. */
export const DATE_CUES: Record<DateAction, RegExp> = {
  dissolution: words('dissol*|self-dissolution|disband*|cease to exist|ceases to exist|ceased to exist|dissoudre|dissous|auflösung|auflösen|aufgelöst|scioglimento|sciogliersi|disolución|disolver|dissolução|роспуск*|самороспуск*'),
  blockade: words('blocked|blockade|blockaded|blocking|sealed off|closed the|blocus|bloqué|blockiert|blockade|blocco|bloccato|bloqueo|bloqueado|блокад*|заблокировал*'),
  end: words('ended|ceasefire|truce|armistice|cease-fire|came to an end|pris fin|cessez-le-feu|endete|waffenstillstand|terminat*|finita|cessate il fuoco|terminó|alto el fuego|terminou|закончил*|перемири*'),
  start: words('began|begun|started|launched|attacked|commenced|lancé|commencé|begann|begonnen|gestartet|iniziat*|lanciat*|comenzó|lanzó|começou|начал*'),
};

/** Where a cue word stands in a text. */
export interface Cue<K extends string = string> {
  kind: K;
  start: number;
  end: number;
  weak: boolean;
}

type Lexicon<K extends string> = Record<K, RegExp | { strong: RegExp; weak?: RegExp }>;
const COMBINED = new WeakMap<object, { re: RegExp; groups: Array<{ kind: string; weak: boolean }> }>();

// One regular expression for a whole lexicon, a capture group per class: a sentence is scanned
// once instead of once per class. Where two classes match at the same place, the longer
// alternative wins, as it would be read.
function combined<K extends string>(lexicon: Lexicon<K>) {
  let c = COMBINED.get(lexicon);
  if (!c) {
    const groups: Array<{ kind: string; weak: boolean }> = [];
    const parts: string[] = [];
    for (const [kind, entry] of Object.entries(lexicon) as [K, RegExp | { strong: RegExp; weak?: RegExp }][]) {
      const pairs: Array<[RegExp | undefined, boolean]> = entry instanceof RegExp ? [[entry, false]] : [[entry.strong, false], [entry.weak, true]];
      for (const [re, weak] of pairs) {
        if (!re) continue;
        groups.push({ kind, weak });
        parts.push(`(${INNER.get(re) ?? re.source})`);
      }
    }
    c = { re: new RegExp(String.raw`(?<!${L})(?:${parts.join('|')})(?!${L})`, 'giu'), groups };
    COMBINED.set(lexicon, c);
  }
  return c;
}

/** Finds every cue of a lexicon in a text, with offsets shifted by `offset`. */
export function findCues<K extends string>(text: string, lexicon: Lexicon<K>, offset = 0): Cue<K>[] {
  const out: Cue<K>[] = [];
  const { re, groups } = combined(lexicon);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.findIndex((x, i) => i > 0 && x !== undefined);
    const { kind, weak } = groups[g - 1]!;
    out.push({ kind: kind as K, start: offset + m.index, end: offset + m.index + m[0].length, weak });
  }
  return out;
}
