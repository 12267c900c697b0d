import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

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
    ? { browser: 'firefox', where: 'about:addons, the gear menu, “Manage Extension Shortcuts”' }
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
        {unbound.length === 1 ? 'This command has no keyboard shortcut' : 'These commands have no keyboard shortcut'}
        {' '}(the browser keeps the suggested key for itself, or it was removed):
      </p>
      <ul>{unbound.map((c) => <li key={c.name}>{c.description || c.name}</li>)}</ul>
      <p>
        Set one at <code>{settings.where}</code>.{' '}
        {settings.browser === 'chrome' ? (
          <button type="button" class="link" onClick={() => void browser.tabs.create({ url: settings.where })}>Open the shortcut settings</button>
        ) : null}
      </p>
    </div>
  );
}
