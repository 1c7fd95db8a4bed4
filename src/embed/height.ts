/** What the embed posts to its parent: the height its content needs, in CSS pixels. */
export const HEIGHT_MESSAGE_TYPE = 'diplomatic-timeline:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

/**
 * Returns a function to call with each measured height; it calls `post` with whole
 * pixels (rounded up, so the frame never cuts the last row) only when they changed.
 */
export function heightReporter(post: (message: HeightMessage) => void): (height: number) => void {
  let last: number | null = null;
  return (height) => {
    if (!Number.isFinite(height) || height < 0) return;
    const whole = Math.ceil(height);
    if (whole === last) return;
    last = whole;
    post({ type: HEIGHT_MESSAGE_TYPE, height: whole });
  };
}

/** For hosts: is this message event's data a height report? (Check `event.source` too.) */
export function isHeightMessage(data: unknown): data is HeightMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === HEIGHT_MESSAGE_TYPE &&
    typeof (data as { height?: unknown }).height === 'number' &&
    Number.isFinite((data as { height: number }).height)
  );
}
