import type { Strength } from '../lib/verdict';
import { STRENGTH_STYLE, strengthHelp, strengthName } from './verdict-style';

/**
 * How sure a verdict is, as a small labelled note: "direct", "derived" or "loose", with the
 * sentence that says what that means. Nothing for an unverified claim, which has no strength.
 */
export function VerdictStrength({ strength, compact = false }: { strength: Strength | null | undefined; compact?: boolean }) {
  if (!strength) return null;
  return (
    <span class={`strength strength-${strength}`} title={strengthHelp(strength)}>
      <span aria-hidden="true">{STRENGTH_STYLE[strength].mark}</span> {strengthName(strength)}
      {compact ? null : <span class="muted">: {strengthHelp(strength)}</span>}
    </span>
  );
}
