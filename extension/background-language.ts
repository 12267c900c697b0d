import { t } from './i18n';
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
export async function followUiLanguage(changed: () => void): Promise<void> {
  let current = (await loadSettings()).language;
  onSettingsChanged((settings) => {
    if (settings.language === current) return;
    current = settings.language;
    void useChosenLanguage(settings).then(changed);
  });
  await useChosenLanguage({ language: current });
  changed();
}
