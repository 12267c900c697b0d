// The few extension APIs the browser tests call inside the extension's service worker
// (via worker.evaluate); the extension itself uses webextension-polyfill's typed `browser`.
declare const chrome: {
  tabs: {
    query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: {
    getBadgeText(q: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(q: { tabId: number }): Promise<[number, number, number, number]>;
  };
};
