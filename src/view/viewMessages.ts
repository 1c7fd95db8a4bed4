import type { ViewState, ViewStateError } from './viewState.ts';
import { readViewState, toSearchParams } from './viewState.ts';

/** Embed → host: the reader's view changed. `view` is URL parameters, ready for the host's own URL. */
export const VIEW_MESSAGE_TYPE = 'diplomatic-timeline:view';
/** Host → embed: show this view (as from a host URL opened later, or Back). */
export const SET_VIEW_MESSAGE_TYPE = 'diplomatic-timeline:set-view';

export interface ViewMessage {
  type: typeof VIEW_MESSAGE_TYPE;
  view: string;
}

export interface SetViewMessage {
  type: typeof SET_VIEW_MESSAGE_TYPE;
  view: string;
  /** The host page's address, on which the embed's Copy link puts the view (its `link-base`). */
  linkBase?: string;
}

/** Longer than any view a reader can make: a message past it is refused unread. */
export const MAX_VIEW_LENGTH = 4096;

/**
 * The state as the embed posts it (to its host's origin, as the height message is). Parameters
 * rather than the state object: the host can put them in its URL as they are, and a message
 * carries nothing the URL format does not.
 */
export function viewMessage(state: ViewState): ViewMessage {
  return { type: VIEW_MESSAGE_TYPE, view: toSearchParams(state).toString() };
}

export function setViewMessage(state: ViewState, linkBase?: string): SetViewMessage {
  const view = toSearchParams(state).toString();
  return linkBase === undefined
    ? { type: SET_VIEW_MESSAGE_TYPE, view }
    : { type: SET_VIEW_MESSAGE_TYPE, view, linkBase };
}

/** For hosts: is this message event's data a view report? (Check `event.source` too.) */
export function isViewMessage(data: unknown): data is ViewMessage {
  return hasView(data, VIEW_MESSAGE_TYPE);
}

/**
 * For the embed: the state a host asks for, with every value that could not be read; null when
 * the data is not a set-view message at all. The caller checks first that the message came from
 * the host's origin and window (`event.origin`, `event.source === parent`).
 */
export function readSetViewMessage(data: unknown): { state: ViewState; errors: ViewStateError[] } | null {
  if (!hasView(data, SET_VIEW_MESSAGE_TYPE)) return null;
  return readViewState(new URLSearchParams(data.view));
}

function hasView(data: unknown, type: string): data is { type: string; view: string } {
  if (typeof data !== 'object' || data === null) return false;
  const { type: given, view } = data as { type?: unknown; view?: unknown };
  return given === type && typeof view === 'string' && view.length <= MAX_VIEW_LENGTH;
}
