/**
 * Runs inside the benchmark pages, installed before any page script, beside the probe: what the
 * find-and-filter step reads in the page. Serialised by Playwright, so it must not reference
 * anything outside its own body.
 */

/** A span of the page's time, since navigation start, in ms. */
export interface Span {
  start: number;
  end: number;
}

export interface FindProbe {
  /** The search index's first build (its User Timing measure), once it has ended; null before. */
  indexSpan(): Span | null;
  /** The longest task that began in the span (0: none over 50 ms), and how many there were. */
  longTasksIn(span: Span): { longest: number; count: number };
  /** The last `input` event's time: the last keystroke that changed a field. */
  lastInputAt(): number;
  /** The last `keydown` event's time for this key. */
  lastKeyAt(key: string): number;
  /** Resolves when the element reports a search for `query`, with the time and how many matched. */
  searched(query: string): Promise<{ at: number; matches: number }>;
  /** Sets (or, with null, removes) attributes of the element at once, then waits a frame, and as `quiet` does. */
  setAttributes(
    attributes: Readonly<Record<string, string | null>>,
    quietMs: number,
    capMs: number,
  ): Promise<Redrawn>;
  /** Resolves with the time of the first frame after an element matching `selector` is in the shadow root. */
  drawn(selector: string, capMs: number): Promise<number>;
  /** Resolves with the time of the last frame that found the shadow root changed, once quietMs passed without one. */
  quiet(quietMs: number, capMs: number): Promise<number>;
  /** The count line of the toolbar ("12 of 40 shown"). */
  summary(): string;
}

export interface Redrawn {
  /** When the attribute was set. */
  setAt: number;
  /** The first animation frame after it: the widget draws in the same task. */
  drawnAt: number;
  /** The last frame that found the drawing changed, once it stayed put. */
  quietAt: number;
  summary: string;
}

export type FindWindow = typeof globalThis & { __find: FindProbe };

export function installFindProbe(): void {
  const TAG = 'diplomatic-timeline';
  const INDEX_MEASURE = 'diplomatic-timeline:search-index';
  const tasks: PerformanceEntry[] = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({
    type: 'longtask',
    buffered: true,
  });
  let lastInput = 0;
  // `input` is composed: the field's keystrokes reach the document from inside the shadow root.
  document.addEventListener('input', (event) => (lastInput = event.timeStamp), true);
  const keys = new Map<string, number>();
  document.addEventListener('keydown', (event) => keys.set(event.key, event.timeStamp), true);
  const searches: { query: string; at: number; matches: number }[] = [];
  document.addEventListener('timeline-search', (event) => {
    const { query, ids } = event.detail;
    searches.push({ query, at: performance.now(), matches: ids.length });
  });

  const element = (): Element => {
    const found = document.querySelector(TAG);
    if (!found) throw new Error(`no <${TAG}> in the page`);
    return found;
  };
  const root = (): ShadowRoot | Element => element().shadowRoot ?? element();
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const after = (capMs: number, what: string) =>
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: nothing after ${capMs} ms`)), capMs),
    );

  const probe: FindProbe = {
    indexSpan() {
      const measure = performance.getEntriesByName(INDEX_MEASURE, 'measure')[0];
      return measure ? { start: measure.startTime, end: measure.startTime + measure.duration } : null;
    },
    longTasksIn({ start, end }) {
      const during = tasks.filter((task) => task.startTime >= start && task.startTime < end);
      return { longest: Math.max(0, ...during.map((task) => task.duration)), count: during.length };
    },
    lastInputAt: () => lastInput,
    lastKeyAt: (key) => keys.get(key) ?? Number.NaN,
    async searched(query) {
      for (;;) {
        const found = searches.find((search) => search.query === query);
        if (found) return found;
        await nextFrame();
      }
    },
    async drawn(selector, capMs) {
      const wait = async () => {
        for (;;) {
          const at = await nextFrame();
          if (root().querySelector(selector)) return at;
        }
      };
      return Promise.race([wait(), after(capMs, `waiting for ${selector}`)]);
    },
    quiet(quietMs, capMs) {
      return new Promise((resolve, reject) => {
        let changed = true;
        let lastChange = performance.now();
        const observer = new MutationObserver((records) => {
          // vis-timeline moves its current-time bar on a timer forever; that is not drawing.
          for (const record of records) {
            const target = record.target instanceof Element ? record.target : record.target.parentElement;
            if (!target?.closest('.vis-current-time')) changed = true;
          }
        });
        observer.observe(root(), { subtree: true, childList: true, attributes: true, characterData: true });
        const began = performance.now();
        const frame = (time: number): void => {
          if (changed) lastChange = time;
          changed = false;
          if (time - lastChange >= quietMs) {
            observer.disconnect();
            resolve(lastChange);
          } else if (time - began > capMs) {
            observer.disconnect();
            reject(new Error(`the drawing kept changing for ${capMs} ms`));
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    },
    summary: () => root().querySelector('.dt-summary')?.textContent ?? '',
    async setAttributes(attributes, quietMs, capMs) {
      const setAt = performance.now();
      // In one task: the widget reads them all in one microtask and draws once.
      for (const [name, value] of Object.entries(attributes)) {
        if (value === null) element().removeAttribute(name);
        else element().setAttribute(name, value);
      }
      const drawnAt = await nextFrame();
      const quietAt = await probe.quiet(quietMs, capMs);
      return { setAt, drawnAt, quietAt, summary: probe.summary() };
    },
  };
  (globalThis as FindWindow).__find = probe;
}
