// An old address as the redirect table keys it: the path only (the old host is gone once
// the domain points here), decoded, lower case, without a trailing slash; of the query only
// WordPress's ?p= and ?page_id= count. The catch-all route keys what it is asked the same way.

const KEPT_QUERY = ["p", "page_id"];

function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

function hostOf(address: string): string | undefined {
  try {
    return new URL(address).hostname.replace(/^www\./, "").toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The key of `address` (absolute, or a path) on the old site `siteUrl`; undefined for an
 * address on another host, the home page, or one that is not a web address.
 */
export function oldPathKey(address: string, siteUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address, siteUrl || "http://old.invalid");
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  const siteHost = siteUrl ? hostOf(siteUrl) : undefined;
  if (siteHost && url.hostname.replace(/^www\./, "").toLowerCase() !== siteHost && /^https?:/i.test(address)) return undefined;
  // A WordPress installed in a folder (example.com/blog) keeps the folder: the firm's domain
  // now serves this site at the root, so the folder is part of the old path.
  const path = decodePath(url.pathname).toLowerCase().replace(/\/+$/, "") || "";
  const query = KEPT_QUERY.map((key) => [key, url.searchParams.get(key)] as const).find(([, value]) => value && /^\d{1,12}$/.test(value));
  if (query) return `${path}/?${query[0]}=${query[1]}`;
  return path || undefined;
}

/** The key of a request the site could not answer: its path segments and, for `/`, its query. */
export function requestPathKey(segments: string[], query?: { key: string; value: string }): string {
  const path = `/${segments.map((s) => decodePath(s)).join("/")}`.toLowerCase().replace(/\/+$/, "");
  return query ? `${path}/?${query.key}=${query.value}` : path;
}
