// A stand-in origin to resolve `next` against: only whether the result stays on it matters.
const BASE = "http://lanegate.invalid";
// Browsers drop tabs and newlines from URLs and read a backslash as a slash, so "/\t/evil" and
// "/\\evil" both become "//evil" (another host). Such characters never belong in a Lanegate path.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;
const MAX_LENGTH = 2000;
const MAX_DECODE_ROUNDS = 3;

/**
 * Where to go after signing in: only a path on this site, so that `?next=` cannot send someone to
 * another origin (open redirect). The path is normalised the way a browser will read it (WHATWG URL
 * parsing: dot segments, encodings) and must still be a same-origin path afterwards; a path that
 * decodes, once or several times, into a control character, a backslash or a leading `//` is
 * refused too, in case something on the way decodes it again. Anything else falls back to `/`.
 */
export function safeNextPath(next: string | undefined | null): string {
  if (!next || next.length > MAX_LENGTH || UNSAFE.test(next)) return "/";
  if (!next.startsWith("/") || next.startsWith("//")) return "/";
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!isPlainPath(path)) return "/";
  let decoded = path;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    let once: string;
    try {
      once = decodeURIComponent(decoded);
    } catch {
      return "/";
    }
    if (once === decoded) break;
    if (!isPlainPath(once)) return "/";
    decoded = once;
  }
  if (/^\/(sign-in|api)(\/|\?|#|$)/.test(url.pathname)) return "/";
  return path;
}

function isPlainPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !UNSAFE.test(path);
}
