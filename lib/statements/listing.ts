/**
 * A report's statement put in words for a reader (the sources view lists them beside the
 * report's figures), phrased as the explanations phrase them.
 */
import { actPhrase } from './judge';
import { ACTOR_LABELS, CONCEPT_LABELS } from './lexicon/shape';
import type { ReportStatement } from './report-statements';

/** A report's statement as the sources view lists it: who, did what, about what, and where it stands. */
export interface StatementListing {
  start: number;
  end: number;
  sentence: [number, number];
  /** The actor in words ("Azerbaijan"), or null for what the report states in its own voice. */
  actor: string | null;
  /** The act in words ("denied", "asked for", "states it as fact"). */
  action: string;
  /** What it is about, in words ("forced expulsion …, the European Union"). */
  object: string;
  /** Who the report says it comes from, when not the actor. */
  speaker: string | null;
}

/** Puts a report's statement in words for a reader, with the same phrasing the explanations use. */
export function listingOf(s: ReportStatement): StatementListing {
  const object = [...s.concepts.map((c) => CONCEPT_LABELS[c]), ...s.objects.map((o) => ACTOR_LABELS[o])].join('; ');
  return {
    start: s.start,
    end: s.end,
    sentence: s.sentence,
    actor: s.actor ? ACTOR_LABELS[s.actor] : null,
    action: actPhrase(s),
    object,
    speaker: s.speaker && s.speaker !== s.actor ? ACTOR_LABELS[s.speaker] : null,
  };
}
