import type { LoadProgress } from '../load/types.ts';
import type { TimelineHost } from './TimelineHost.ts';

/** A long load's progress in the summary changes at most this often: a reader can follow it, layout is not redone for nothing. */
const PROGRESS_EVERY_MS = 100;

/**
 * Shows how far a load has come in the summary, once it has taken a while (a quick one never
 * shows this), and not more often than a reader can follow; a new step shows at once.
 */
export function progressShown(host: TimelineHost, signal: AbortSignal): (progress: LoadProgress) => void {
  const started = performance.now();
  let shownAt = started;
  let lastStep: LoadProgress['step'] = 'loading';
  return ({ step, count }) => {
    const now = performance.now();
    const next = step !== lastStep;
    lastStep = step;
    if (signal.aborted || now - started < PROGRESS_EVERY_MS) return;
    if (!next && now - shownAt < PROGRESS_EVERY_MS) return;
    const { strings } = host;
    host.parts.summary.textContent =
      step === 'loading' ? strings.loadingSoFar(count) : strings.checking(count);
    shownAt = now;
  };
}
