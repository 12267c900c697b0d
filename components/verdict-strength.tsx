import type { Strength } from '../lib/verdict';
import { STRENGTH_STYLE } from './verdict-style';

/**
 * How sure a verdict is, as a small labelled note: "direct", "derived" or "loose", with the
 * sentence that says what that means. Nothing for an unverified claim, which has no strength.
 */
export function VerdictStrength({ strength, compact = false }: { strength: Strength | null | undefined; compact?: boolean }) {
  if (!strength) return null;
  const style = STRENGTH_STYLE[strength];
  return (
    <span class={`strength strength-${strength}`} title={style.help}>
      <span aria-hidden="true">{style.mark}</span> {style.label}
      {compact ? null : <span class="muted">: {style.help}</span>}
    </span>
  );
}
