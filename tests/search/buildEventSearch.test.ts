import { beforeEach, describe, expect, it } from 'vitest';
import { buildEventSearchSteps } from '../../src/search/buildEventSearch.ts';
import { loadArticle } from '../fixtures/article.ts';

const { document } = loadArticle();
const actors = new Map(document.actors.map((actor) => [actor.id, actor]));

const MEASURE = 'diplomatic-timeline:search-index';

describe('buildEventSearchSteps', () => {
  // Other builds in the same worker (other test files) leave theirs.
  beforeEach(() => performance.clearMeasures(MEASURE));

  it('records its build, first step to last, as a User Timing measure once it ends', () => {
    const steps = buildEventSearchSteps(document.events, actors, { every: 1 });
    expect(performance.getEntriesByName(MEASURE, 'measure')).toHaveLength(0);
    const began = performance.now();
    for (let step = steps.next(); !step.done; step = steps.next());
    const [measure, ...more] = performance.getEntriesByName(MEASURE, 'measure');
    expect(more).toHaveLength(0);
    expect(measure!.startTime).toBeGreaterThanOrEqual(began);
  });

  it('records nothing for a build left unfinished (a newer load replaced it)', () => {
    const steps = buildEventSearchSteps(document.events, actors, { every: 1 });
    steps.next();
    steps.return(undefined as never);
    expect(performance.getEntriesByName(MEASURE, 'measure')).toHaveLength(0);
  });
});
