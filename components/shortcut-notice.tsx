import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, tp } from '../extension/i18n';

/** A keyboard command as `commands.getAll()` reports it. */
export interface CommandInfo {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** The commands that have no key bound: the browser refused the suggested key, or the user removed it. */
export function unboundCommands(commands: CommandInfo[]): CommandInfo[] {
  // `_execute_action` and friends open the popup; they have no suggested key on purpose.
  return commands.filter((c) => !c.name?.startsWith('_execute') && !c.shortcut?.trim());
}

/** Where the user binds a shortcut, in this browser. */
export function shortcutSettings(): { browser: 'firefox' | 'chrome'; where: string } {
  return browser.runtime.getURL('/').startsWith('moz-extension:')
    ? { browser: 'firefox', where: t('shortcut_firefoxWhere') }
    : { browser: 'chrome', where: 'chrome://extensions/shortcuts' };
}

/** Tells the user which of the extension's keyboard commands have no shortcut, and how to set one. */
export function ShortcutNotice({ commands }: { commands?: CommandInfo[] }) {
  const [list, setList] = useState<CommandInfo[] | null>(commands ?? null);
  useEffect(() => {
    if (!commands) browser.commands.getAll().then(setList, () => setList([]));
  }, []);
  const unbound = unboundCommands(list ?? []);
  if (!unbound.length) return null;
  const settings = shortcutSettings();
  return (
    <div class="notice shortcut-notice" role="note">
      <p>
        {tp('shortcut_unbound', unbound.length)}
      </p>
      <ul>{unbound.map((c) => <li key={c.name}>{c.description || c.name}</li>)}</ul>
      <p>
        {t('shortcut_setAt')} <code>{settings.where}</code>{' '}
        {settings.browser === 'chrome' ? (
          <button type="button" class="link" onClick={() => void browser.tabs.create({ url: settings.where })}>{t('shortcut_open')}</button>
        ) : null}
      </p>
    </div>
  );
}
