/**
 * Runs inside the benchmark pages, installed before any page script. Everything here is
 * serialised by Playwright, so it must not reference anything outside its own body.
 */

export interface Settled {
  /** Since navigation start: the first animation frame after the last change to the DOM. */
  ttfr: number;
  /** Since navigation start: when the page said its data was shown. */
  readyAt: number;
  /**
   * Since navigation start: when the page had fetched and parsed the document itself (its
   * `bench:parsed` mark), before giving it to the timeline; absent when the timeline fetches it.
   */
  parsedAt?: number;
  /** Item elements in the DOM once settled. */
  items: number;
  /** The longest task from navigation start until settled, in ms (0: none over 50 ms). */
  longestTask: number;
  /** Durations of the page's own User Timing measures, by name (ours: its loading steps). */
  steps: Record<string, number>;
  /** Since navigation start: every frame after the ready event that found the items changed. */
  changes: number[];
}

export interface FrameReport {
  /** Intervals between consecutive animation frames, in ms. */
  frames: number[];
  longTasks: number;
}

export interface Probe {
  settled: Promise<Settled>;
  startFrames(): void;
  stopFrames(): Promise<FrameReport>;
  /** Every node of the document, open shadow roots included. */
  countNodes(): number;
  /** The middle of the visible part of the zoom-and-pan surface, in viewport pixels. */
  target(): { x: number; y: number };
}

export type BenchWindow = typeof globalThis & { __bench: Probe };

/** The page fires `bench:ready` with this detail once its contender says the data is shown. */
export interface ReadyDetail {
  root: Element | ShadowRoot;
  /** Selector of item elements inside root. */
  items: string;
  /** Where a user zooms and pans (the time axis area); the host element when absent. */
  surface?: Element;
}

export function installProbe(): void {
  /**
   * How long the items must stay put before the render counts as settled: a few frames, and
   * longer than a second, because vis-timeline applies its initial fit only at its 1000 ms
   * resize check (until then it shows today's window), with a fixed height as without one.
   */
  const QUIET_FRAMES = 3;
  const QUIET_MS = 1500;
  const longTasks: PerformanceEntry[] = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
    type: 'longtask',
    buffered: true,
  });

  let host: Element = document.documentElement;
  let surface: Element = document.documentElement;
  let settle: (value: Settled) => void = () => {};
  let fail: (reason: Error) => void = () => {};
  const settled = new Promise<Settled>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  addEventListener('bench:error', (event) => fail(new Error(String((event as CustomEvent).detail))));
  addEventListener('error', (event) => {
    // Chromium reports a benign ResizeObserver notice as an error event; it breaks nothing.
    if (!event.message.includes('ResizeObserver loop')) fail(new Error(event.message));
  });
  addEventListener('unhandledrejection', (event) => fail(new Error(String(event.reason))));

  const shadowRoots = (root: Node): ShadowRoot[] => {
    const found: ShadowRoot[] = root instanceof ShadowRoot ? [root] : [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const inner = (node as Element).shadowRoot;
      if (inner) found.push(...shadowRoots(inner));
    }
    return found;
  };
  // vis-timeline moves its current-time bar on a timer forever; that is not rendering the data.
  const isClock = (record: MutationRecord): boolean => {
    const element = record.target instanceof Element ? record.target : record.target.parentElement;
    return element?.closest('.vis-current-time') != null;
  };

  /** Whether a mutation changed an item's nodes, attributes or text, or added or removed one. */
  const touchesItem = (record: MutationRecord, items: string): boolean => {
    const element = record.target instanceof Element ? record.target : record.target.parentElement;
    if (element?.closest(items)) return true;
    for (const nodes of [record.addedNodes, record.removedNodes])
      for (const node of nodes)
        if (node instanceof Element && (node.matches(items) || node.querySelector(items))) return true;
    return false;
  };

  /** Where the items are: their number, the host's box and the boxes of up to 64 of them, evenly sampled. */
  const layout = (root: Element | ShadowRoot, items: string): string => {
    const box = (element: Element | undefined): string => {
      const rect = element?.getBoundingClientRect();
      return rect ? [rect.left, rect.top, rect.width, rect.height].map(Math.round).join(',') : '';
    };
    const found = root.querySelectorAll(items);
    const parts = [String(found.length), box(host)];
    const step = Math.max(1, found.length / 64);
    for (let i = 0; i < found.length; i += step) parts.push(box(found[Math.floor(i)]));
    return parts.join(';');
  };

  addEventListener(
    'bench:ready',
    (event) => {
      const detail = (event as CustomEvent<ReadyDetail>).detail;
      const { root, items } = detail;
      const readyAt = performance.now();
      // A console message leaves the page at once, so the harness hears it even if the page then hangs.
      console.debug(`bench:ready-at ${readyAt}`);
      host = root instanceof ShadowRoot ? root.host : root;
      surface = detail.surface ?? host;
      // Layout is read only after the DOM changed, so the probe adds no work to quiet frames. A
      // change is a change of where the items are, or of an item itself (its nodes, attributes or
      // text: an ARIA pass that rewrites every item after the ready event is still rendering).
      let mutated = true;
      let itemChanged = false;
      const changes: number[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          if (isClock(record)) continue;
          mutated = true;
          if (itemChanged) return;
          if (touchesItem(record, items)) itemChanged = true;
        }
      });
      const options = { subtree: true, childList: true, attributes: true, characterData: true };
      for (const target of [document.documentElement, ...shadowRoots(root)])
        observer.observe(target, options);
      let last = '';
      let presentedAt = readyAt;
      let quiet = 0;
      const frame = (): void => {
        const current = mutated ? layout(root, items) : last;
        const changed = itemChanged || current !== last;
        mutated = false;
        itemChanged = false;
        if (changed) {
          last = current;
          presentedAt = performance.now();
          changes.push(presentedAt);
          quiet = 0;
        } else quiet += 1;
        if (quiet < QUIET_FRAMES || performance.now() - presentedAt < QUIET_MS) {
          requestAnimationFrame(frame);
          return;
        }
        observer.disconnect();
        const longestTask = Math.max(
          0,
          ...longTasks.filter((task) => task.startTime < presentedAt).map((task) => task.duration),
        );
        const steps: Record<string, number> = {};
        for (const measure of performance.getEntriesByType('measure')) {
          // The first of each name: later ones are redraws, not the load.
          steps[measure.name] ??= measure.duration;
        }
        const parsed = performance.getEntriesByName('bench:parsed')[0];
        settle({
          ttfr: presentedAt,
          readyAt,
          ...(parsed ? { parsedAt: parsed.startTime } : {}),
          items: root.querySelectorAll(items).length,
          longestTask,
          steps,
          changes,
        });
      };
      requestAnimationFrame(frame);
    },
    { once: true },
  );

  let frames: number[] = [];
  let recording = false;
  let startedAt = 0;
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

  const probe: Probe = {
    settled,
    startFrames() {
      frames = [];
      recording = true;
      startedAt = performance.now();
      let last = -1;
      const tick = (time: number): void => {
        if (!recording) return;
        if (last >= 0) frames.push(time - last);
        last = time;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    async stopFrames() {
      // Let the last input's redraw reach the screen before stopping.
      await nextFrame();
      await nextFrame();
      recording = false;
      const stoppedAt = performance.now();
      const during = longTasks.filter((task) => task.startTime >= startedAt && task.startTime < stoppedAt);
      return { frames, longTasks: during.length };
    },
    countNodes() {
      const count = (root: Node): number => {
        let total = 0;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
        for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
          total += 1;
          const inner = node instanceof Element ? node.shadowRoot : null;
          if (inner) total += count(inner);
        }
        return total;
      };
      return count(document);
    },
    target() {
      const rect = surface.getBoundingClientRect();
      const top = Math.max(rect.top, 0);
      const bottom = Math.min(rect.bottom, innerHeight);
      return { x: rect.left + rect.width / 2, y: (top + bottom) / 2 };
    },
  };
  (globalThis as BenchWindow).__bench = probe;
}
