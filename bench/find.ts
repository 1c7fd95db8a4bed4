import type { Page } from 'playwright-core';
import type { FindWindow, Span } from './findProbe.ts';

/**
 * What a reader types (an office every country has: it matches a fifth of the people named),
 * and the actor the second filter keeps. Both exist in every generated document.
 */
export const QUERY = 'envoy';
export const ACTOR = 'iran-foreign-minister';
/** Finding and filtering is measured where it could be slow: from this many events (ours only). */
export const FIND_FROM = 10_000;
/** A reader's pace: ten keys a second, faster than the widget's 200 ms pause after typing. */
const KEY_DELAY_MS = 100;
/** How long the drawing must stay put before a step counts as done. */
const QUIET_MS = 300;
/** A step that takes longer than this failed: the whole find step then times out in load.ts. */
const CAP_MS = 20_000;

/** The filters applied one after the other, each waited for; the last clears them. */
export const FILTER_STEPS: readonly { label: string; attributes: Record<string, string | null> }[] = [
  { label: '`filter-status="occurred"`', attributes: { 'filter-status': 'occurred' } },
  { label: `\`filter-actors="${ACTOR}"\` as well`, attributes: { 'filter-actors': ACTOR } },
  { label: 'both cleared', attributes: { 'filter-status': null, 'filter-actors': null } },
];

export interface FilterStep {
  /** The attribute set → the first frame after it (the widget draws in the same task). */
  drawnMs: number;
  /** The attribute set → the last frame that changed the drawing, once it stayed put. */
  quietMs: number;
  /** The count line after it. */
  summary: string;
}

/** One load's figures of finding and filtering, in ms unless said otherwise. */
export interface FindSample {
  /** The search index's build, first step to last (pauses included). */
  indexMs: number;
  /** The longest task that began while the index was built (0: none over 50 ms). */
  indexLongest: number;
  /** The last keystroke → `timeline-search` (the widget's 200 ms pause after typing included). */
  searchMs: number;
  matches: number;
  /** Enter → the first frame with the first match made active; absent when nothing matched. */
  walkMs?: number;
  /** The longest task, and the long tasks, from the first keystroke until the walk's drawing stayed put. */
  searchLongest: number;
  searchLongTasks: number;
  filters: FilterStep[];
  /** The longest task, and the long tasks, from the first filter set until the last stayed put. */
  filterLongest: number;
  filterLongTasks: number;
}

/** A step that took longer than the load's timeout is recorded as such; one that threw, with its message. */
export type FindOutcome =
  { status: 'ok'; sample: FindSample } | { status: 'timeout' } | { status: 'failed'; message: string };

const now = (page: Page) => page.evaluate(() => performance.now());

/**
 * After the widget is ready (and the zoom and pan): waits for the search index, types a query
 * into the search field as a reader does, walks to the first match with Enter, then filters by
 * status, by an actor as well, and clears both, waiting for the drawing to stay put after each.
 */
export async function findAndFilter(page: Page): Promise<FindSample> {
  const index = await page.waitForFunction(() => (globalThis as FindWindow).__find.indexSpan(), null, {
    timeout: CAP_MS,
    polling: 100,
  });
  const indexSpan = (await index.jsonValue()) as Span;
  const indexTasks = await page.evaluate(
    (span) => (globalThis as FindWindow).__find.longTasksIn(span),
    indexSpan,
  );

  // The field is in the element's shadow root; Playwright's CSS locators go through it.
  const field = page.locator('diplomatic-timeline [part="search"]');
  await field.focus();
  const typingFrom = await now(page);
  await page.keyboard.type(QUERY, { delay: KEY_DELAY_MS });
  const searched = await page.evaluate((query) => (globalThis as FindWindow).__find.searched(query), QUERY);
  const lastKey = await page.evaluate(() => (globalThis as FindWindow).__find.lastInputAt());

  // Enter with no match does nothing to wait for: an archive searches only the parts fetched so far.
  await page.keyboard.press('Enter');
  const enterAt = await page.evaluate(() => (globalThis as FindWindow).__find.lastKeyAt('Enter'));
  const activeAt =
    searched.matches === 0
      ? undefined
      : await page.evaluate(
          (cap) => (globalThis as FindWindow).__find.drawn('[part~="timeline"] .dt-active', cap),
          CAP_MS,
        );
  const walked = await page.evaluate(
    ({ quiet, cap }) => (globalThis as FindWindow).__find.quiet(quiet, cap),
    { quiet: QUIET_MS, cap: CAP_MS },
  );
  const searchTasks = await page.evaluate((span) => (globalThis as FindWindow).__find.longTasksIn(span), {
    start: typingFrom,
    end: Math.max(walked, await now(page)),
  });

  const filteringFrom = await now(page);
  const filters: FilterStep[] = [];
  for (const { attributes } of FILTER_STEPS) {
    const step = await page.evaluate(
      ({ attributes, quiet, cap }) => (globalThis as FindWindow).__find.setAttributes(attributes, quiet, cap),
      { attributes, quiet: QUIET_MS, cap: CAP_MS },
    );
    filters.push({
      drawnMs: step.drawnAt - step.setAt,
      quietMs: step.quietAt - step.setAt,
      summary: step.summary,
    });
  }
  const filterTasks = await page.evaluate((span) => (globalThis as FindWindow).__find.longTasksIn(span), {
    start: filteringFrom,
    end: await now(page),
  });

  return {
    indexMs: indexSpan.end - indexSpan.start,
    indexLongest: indexTasks.longest,
    searchMs: searched.at - lastKey,
    matches: searched.matches,
    ...(activeAt === undefined ? {} : { walkMs: activeAt - enterAt }),
    searchLongest: searchTasks.longest,
    searchLongTasks: searchTasks.count,
    filters,
    filterLongest: filterTasks.longest,
    filterLongTasks: filterTasks.count,
  };
}
