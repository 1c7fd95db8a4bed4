/**
 * The single-file script's way to the take-away code: its own classic script,
 * diplomatic-timeline-takeaway.iife.js, beside this one, which sets a global when run. The
 * single file cannot split a chunk off, and the exporters would cost every page that shows a
 * timeline the bytes of a download few readers make.
 */
import type { TakeAway } from './loadTakeAway.ts';

export type { TakeAway };

declare global {
  var DiplomaticTimelineTakeAway: TakeAway | undefined;
}

export const TAKE_AWAY_SCRIPT = 'diplomatic-timeline-takeaway.iife.js';

// Where this script came from, read while it runs: later, document.currentScript is another's.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
let loading: Promise<TakeAway> | null = null;

export function loadTakeAway(): Promise<TakeAway> {
  loading ??= new Promise<TakeAway>((resolve, reject) => {
    if (globalThis.DiplomaticTimelineTakeAway) return resolve(globalThis.DiplomaticTimelineTakeAway);
    const script = document.createElement('script');
    script.src = new URL(TAKE_AWAY_SCRIPT, base).href;
    script.onload = () =>
      globalThis.DiplomaticTimelineTakeAway
        ? resolve(globalThis.DiplomaticTimelineTakeAway)
        : reject(new Error(`${TAKE_AWAY_SCRIPT} defined nothing`));
    script.onerror = () => reject(new Error(`${script.src} could not be loaded`));
    document.head.append(script);
  });
  // A failed load may succeed later (the network came back): not kept.
  loading.catch(() => (loading = null));
  return loading;
}
