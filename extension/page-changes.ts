import { pageNamesRegion } from '../lib/region-names';

// What changed in a page since it was read: small and import-light, because the script every page
// loads (extension/page-loader.ts) watches for changes with it as well as the reader.

/**
 * The text each mutation brought or changed, outside the extension's own nodes: an empty list
 * when no text a reader sees changed (an attribute, an element with no text, the card's host).
 */
export function changedTexts(mutations: MutationRecord[], isOwn: (node: Node) => boolean): string[] {
  const out: string[] = [];
  const texts = (nodes: NodeList, kept: (n: Node) => string) => {
    for (const node of Array.from(nodes)) if (!isOwn(node) && /\S/.test(node.textContent ?? '')) out.push(kept(node));
  };
  for (const m of mutations) {
    if (isOwn(m.target)) continue;
    if (m.type === 'characterData') {
      const data = (m.target as CharacterData).data;
      if (data !== m.oldValue) out.push(data);
      continue;
    }
    texts(m.addedNodes, (n) => n.textContent ?? '');
    texts(m.removedNodes, () => '');
  }
  return out;
}

/** True when any of the changed texts names the region (the gate, applied to what is new). */
export const namesRegion = (texts: string[]) => texts.some((t) => pageNamesRegion(t));
