import type { CheckedClaim } from '../lib/check';
import type { SaidClaim } from '../lib/explanation-steps';
import { explanationText, understoodText } from '../components/explanation';
import { t, uiLocale } from './i18n';
import { loadSettings, onSettingsChanged } from './settings';
import { useChosenLanguage } from './ui-language';

/** The context menu item's title in the extension's current language. */
export function menuTitle(): string {
  return t('menu_crossCheck');
}

/**
 * Keeps the background's own words (the context menu, the badge's title, the errors it sends the
 * pages) in the language the options choose, not only the browser's: loads it now and on every
 * change of the setting, then calls `changed` so what was already shown (the menu) is said again.
 * Resolves once the first language is in use.
 */
export function followUiLanguage(changed: () => void): Promise<void> {
  ready = follow(changed);
  return ready;
}

// Resolves once the first language is in use: a request that arrives while the worker wakes waits for it.
let ready: Promise<void> = Promise.resolve();

async function follow(changed: () => void): Promise<void> {
  let current = (await loadSettings()).language;
  onSettingsChanged((settings) => {
    if (settings.language === current) return;
    current = settings.language;
    void useChosenLanguage(settings).then(changed);
  });
  await useChosenLanguage({ language: current });
  changed();
}

/**
 * A claim with its explanation and "figure as understood" said in the user's language, for the
 * card, which asks the background for a claim and carries no parser of the engine's sentences (it
 * must stay small); unchanged in English, where the engine's sentences are the words.
 */
export async function withWords(claim: CheckedClaim): Promise<SaidClaim> {
  await ready;
  return uiLocale() === 'en' ? claim : { ...claim, said: { explanation: explanationText(claim), understood: understoodText(claim) } };
}
