import { isHttpUrl } from '../util/values.ts';

/**
 * The origin the embed posts its messages to: the `origin` query parameter, else the
 * origin of `document.referrer` (the page that framed it). Null when neither names an
 * http(s) origin, and then nothing is posted: never `*`, which would hand the messages
 * to whatever page the parent has become by then.
 */
export function targetOrigin(params: URLSearchParams, referrer: string): string | null {
  const given = params.get('origin');
  // An origin the host asked for, even a malformed one, is not second-guessed with the referrer.
  return given !== null ? httpOrigin(given) : httpOrigin(referrer);
}

/** `https://news.example` from `https://news.example/any/path`; null for `*`, `null`, '' or other schemes. */
export function httpOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return isHttpUrl(url) ? url.origin : null;
}
