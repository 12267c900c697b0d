import type { Verdict } from '../lib/verdict';
import { VERDICT_STYLE } from './verdict-style';

/** The verdict as a coloured chip with a symbol and a word. */
export function VerdictLabel({ verdict }: { verdict: Verdict }) {
  const style = VERDICT_STYLE[verdict];
  return (
    <span class={`verdict verdict-${verdict}`} style={{ '--verdict': style.color }} title={style.help}>
      <span aria-hidden="true">{style.mark}</span> {style.label}
    </span>
  );
}
