import type { Strength, Verdict } from '../lib/verdict';
import { VERDICT_STYLE, verdictHelp, verdictLabelText } from './verdict-style';

/** The verdict as a coloured chip with a symbol and a word; with a strength, a loose corroboration says so. */
export function VerdictLabel({ verdict, strength }: { verdict: Verdict; strength?: Strength | null }) {
  const style = VERDICT_STYLE[verdict];
  return (
    <span class={`verdict verdict-${verdict}`} style={{ '--verdict': style.color }} title={verdictHelp(verdict)}>
      <span aria-hidden="true">{style.mark}</span> {verdictLabelText(verdict, strength)}
    </span>
  );
}
