// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { CardContent, CardHost } from '../../extension/card-host';
import { CARD_HOST_FACTORY, createLazyCardHost } from '../../extension/lazy-card-host';

/** A stand-in for the real card host that records what it was asked to show. */
function recordingFactory() {
  const shown: number[] = [];
  let index = -1;
  const factory = (): CardHost => ({
    get shownIndex() {
      return index;
    },
    contains: () => false,
    show: (content) => {
      index = content.index;
      shown.push(content.index);
    },
    hide: () => {
      index = -1;
    },
    hasFocus: () => false,
    cardRect: () => null,
    destroy: () => {
      index = -1;
    },
  });
  return { shown, factory };
}

const content = (index: number) => ({ index }) as unknown as CardContent;
const flush = () => new Promise((r) => setTimeout(r, 0));
const globals = globalThis as Record<symbol, unknown>;

afterEach(() => {
  delete globals[CARD_HOST_FACTORY];
});

describe('the card loaded when a card first opens', () => {
  it('asks for the card once, then shows the card that was asked for', async () => {
    const { shown, factory } = recordingFactory();
    let loads = 0;
    const host = createLazyCardHost(document, async () => {
      loads++;
      globals[CARD_HOST_FACTORY] = factory;
      return true;
    });
    host.show(content(2), [], false);
    host.show(content(3), [], false);
    expect(host.shownIndex).toBe(3);
    await flush();
    expect(loads).toBe(1);
    expect(shown).toEqual([3]);
    host.show(content(4), [], false);
    expect(shown).toEqual([3, 4]);
  });

  it('a card closed before its code arrived is not shown', async () => {
    const { shown, factory } = recordingFactory();
    const host = createLazyCardHost(document, async () => {
      globals[CARD_HOST_FACTORY] = factory;
      return true;
    });
    host.show(content(1), [], false);
    host.hide();
    expect(host.shownIndex).toBe(-1);
    await flush();
    expect(shown).toEqual([]);
  });

  it('a failed load shows nothing, and the next card asks again', async () => {
    const { shown, factory } = recordingFactory();
    let attempt = 0;
    const host = createLazyCardHost(document, async () => {
      attempt++;
      if (attempt === 1) throw new Error('the background did not answer');
      globals[CARD_HOST_FACTORY] = factory;
      return true;
    });
    host.show(content(1), [], false);
    await flush();
    expect(shown).toEqual([]);
    host.show(content(2), [], false);
    await flush();
    expect(shown).toEqual([2]);
  });
});
