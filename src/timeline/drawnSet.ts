import type { Cluster, DisplaySet } from './displaySet.ts';
import type { VisItemData } from './visItems.ts';
import { toVisCluster, toVisItem, visId } from './visItems.ts';

/** What to take out of the drawing (by its ids) and what to put in, to show a new set. */
export interface DrawnChange {
  remove: string[];
  add: VisItemData[];
}

/**
 * Which events and clusters the drawing holds. Moving the window changes only what differs:
 * handing vis-timeline the whole set again would draw every item again.
 */
export class DrawnSet {
  /** Event ids drawn one by one. */
  readonly events = new Set<string>();
  /** Clusters drawn, by their own id. */
  readonly clusters = new Map<string, Cluster>();
  #shown: DisplaySet;

  constructor(first: DisplaySet) {
    this.#shown = first;
    for (const spec of first.items) this.events.add(spec.id);
    for (const cluster of first.clusters) this.clusters.set(cluster.id, cluster);
  }

  /** The set last shown: its covered span says when the window has left it. */
  get shown(): DisplaySet {
    return this.#shown;
  }

  /** Every item to give the drawing for the first set. */
  initialItems(): VisItemData[] {
    return [...this.#shown.items.map(toVisItem), ...this.#shown.clusters.map(toVisCluster)];
  }

  /** Takes `next` as the set shown, and says what the drawing must lose and gain to match. */
  update(next: DisplaySet): DrawnChange {
    const keep = new Set([
      ...next.items.map((spec) => spec.id),
      ...next.clusters.map((cluster) => cluster.id),
    ]);
    const stale = [...this.events, ...this.clusters.keys()].filter((id) => !keep.has(id));
    const remove = stale.map((id) => (this.clusters.has(id) ? id : visId(id)));
    for (const id of stale) {
      this.events.delete(id);
      this.clusters.delete(id);
    }
    const add: VisItemData[] = [];
    for (const spec of next.items) {
      if (!this.events.has(spec.id)) {
        this.events.add(spec.id);
        add.push(toVisItem(spec));
      }
    }
    for (const cluster of next.clusters) {
      if (!this.clusters.has(cluster.id)) {
        this.clusters.set(cluster.id, cluster);
        add.push(toVisCluster(cluster));
      }
    }
    this.#shown = next;
    return { remove, add };
  }
}
