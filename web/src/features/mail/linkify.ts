/** A piece of an email body: plain text, or a link (`internal` links open inside the app). */
export type Piece = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string; internal: boolean };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/g;
/** Punctuation that ends a sentence rather than the address ("…via this link: https://x/y."). */
const TRAILING = /[.,;:!?)\]}'"’”]+$/;

/** The app's own pages: a link to one of these opens in this app, whatever host the email named. */
const APP_PATHS = ['/accept-invitation', '/reset-password', '/sign-in', '/forgot-password', '/account', '/admin/', '/dev/mailbox'];

function isAppPath(pathname: string): boolean {
  return APP_PATHS.some((p) => (p.endsWith('/') ? pathname.startsWith(p) : pathname === p));
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Does this address point to the app? Its own origin, or an app page on a local or the same host. */
function pointsToApp(url: URL, origin: string): boolean {
  if (url.origin === origin) return true;
  const here = new URL(origin);
  return isAppPath(url.pathname) && (LOOPBACK.has(url.hostname) || url.hostname === here.hostname);
}

/**
 * Splits text into plain pieces and links. A link to the app (same origin, or one of its pages
 * on localhost or this host under another port, as the server's PUBLIC_URL may say) becomes
 * relative to the current origin, so it works however the app was reached.
 */
export function linkify(text: string, origin: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    let raw = match[0];
    const trailing = TRAILING.exec(raw)?.[0] ?? '';
    raw = raw.slice(0, raw.length - trailing.length);
    if (!raw) continue;
    if (start > last) pieces.push({ kind: 'text', text: text.slice(last, start) });
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    if (!url) {
      pieces.push({ kind: 'text', text: raw });
    } else if (pointsToApp(url, origin)) {
      pieces.push({ kind: 'link', text: raw, href: `${url.pathname}${url.search}${url.hash}`, internal: true });
    } else {
      pieces.push({ kind: 'link', text: raw, href: url.href, internal: false });
    }
    last = start + raw.length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  return pieces;
}
