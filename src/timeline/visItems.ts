/**
 * What the drawing holds for each event, cluster and the dateline, in the shape vis-timeline's
 * DataSet takes (its own types stay in visAdapter.ts, the one module that imports it).
 */
import type { CalendarDate } from '../calendar/calendarDate.ts';
import { addDays, toLocalDate } from '../calendar/calendarDate.ts';
import type { Cluster } from './displaySet.ts';
import type { ItemSpec } from './toTimelineItems.ts';

export const DATELINE_ID = '__dateline';

/**
 * vis-timeline keys plain objects by item id, so an event called "constructor" or
 * "prototype" breaks it (found by the hostile corpus: "e.hide is not a function").
 * Event ids reach it only behind this prefix; cluster and dateline ids are ours.
 */
export const EVENT_PREFIX = 'event:';

export const visId = (id: string): string => EVENT_PREFIX + id;

/** The event id behind a drawn item's id; undefined for a cluster or the dateline. */
export function eventIdOf(id: string | number): string | undefined {
  const text = String(id);
  return text.startsWith(EVENT_PREFIX) ? text.slice(EVENT_PREFIX.length) : undefined;
}

/** One item of the drawing. Its content is built by the template, never given as a string. */
export interface VisItemData {
  id: string;
  group?: string;
  type: 'box' | 'range' | 'background';
  start: Date;
  end?: Date;
  content: '';
  className: string;
}

export function toVisItem(spec: ItemSpec): VisItemData {
  const classes = ['dt-item', `dt-kind-${spec.kind}`];
  if (spec.tentative) classes.push('dt-tentative');
  return spec.kind === 'range'
    ? {
        id: visId(spec.id),
        group: spec.lane,
        type: 'range',
        start: toLocalDate(spec.start, 0),
        end: toLocalDate(spec.endExclusive!, 0),
        content: '',
        className: classes.join(' '),
      }
    : {
        id: visId(spec.id),
        group: spec.lane,
        type: 'box',
        start: toLocalDate(spec.start, spec.hour),
        content: '',
        className: classes.join(' '),
      };
}

export function toVisCluster(cluster: Cluster): VisItemData {
  return {
    id: cluster.id,
    group: cluster.lane,
    type: 'range',
    start: new Date(cluster.startMs),
    end: new Date(cluster.endMs),
    content: '',
    className: 'dt-cluster',
  };
}

/** The dateline's day, from its local midnight to the next, as a band behind every lane. */
export function toVisDateline(dateline: CalendarDate): VisItemData & { end: Date } {
  return {
    id: DATELINE_ID,
    type: 'background',
    start: toLocalDate(dateline, 0),
    end: toLocalDate(addDays(dateline, 1), 0),
    content: '',
    className: 'dt-dateline',
  };
}
