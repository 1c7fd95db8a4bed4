import { DiplomaticTimeline } from './DiplomaticTimeline.ts';

declare global {
  interface HTMLElementTagNameMap {
    'diplomatic-timeline': DiplomaticTimeline;
  }
}

/** Defines <diplomatic-timeline>, once, however many copies of the script a page loads. */
export function defineDiplomaticTimeline(tag = 'diplomatic-timeline'): void {
  if (!customElements.get(tag)) customElements.define(tag, class extends DiplomaticTimeline {});
}
