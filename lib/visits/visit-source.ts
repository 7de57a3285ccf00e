// Where a visit came from, reduced to a name the attorney recognises ("Google search",
// "Facebook", "avvo.com", "Direct") — never the full address it came from, which can carry
// what the visitor searched for. Plain module: the server classifies the beacon's referrer
// and the contact form's visit path with it.

export type SourceKind = "search" | "social" | "site" | "direct" | "campaign" | "internal";
export type VisitSource = { source: string; kind: SourceKind; campaign: string | null };

/** The label of views that came from another page of the site: not a source of visits. */
export const INTERNAL_SOURCE = "Internal";
export const DIRECT_SOURCE = "Direct";

const SOURCE_MAX = 60;
const CAMPAIGN_MAX = 80;

// Hostname label (the part before the public suffix) → name, matched on any subdomain and any
// country suffix (google.com, google.co.uk, www.google.de).
const SEARCH_ENGINES: Record<string, string> = {
  google: "Google",
  bing: "Bing",
  duckduckgo: "DuckDuckGo",
  yahoo: "Yahoo",
  ecosia: "Ecosia",
  yandex: "Yandex",
  baidu: "Baidu",
  startpage: "Startpage",
  qwant: "Qwant",
  aol: "AOL",
  ask: "Ask",
};
// Exact hosts (after "www." and "m." are dropped) of search engines that live on a subdomain.
const SEARCH_HOSTS: Record<string, string> = { "search.brave.com": "Brave Search", "search.yahoo.com": "Yahoo search", "kagi.com": "Kagi search" };

const SOCIAL_SITES: Record<string, string> = {
  facebook: "Facebook",
  fb: "Facebook",
  instagram: "Instagram",
  twitter: "X (Twitter)",
  x: "X (Twitter)",
  "t.co": "X (Twitter)",
  linkedin: "LinkedIn",
  "lnkd.in": "LinkedIn",
  reddit: "Reddit",
  youtube: "YouTube",
  "youtu.be": "YouTube",
  tiktok: "TikTok",
  nextdoor: "Nextdoor",
  pinterest: "Pinterest",
  threads: "Threads",
  "bsky.app": "Bluesky",
  whatsapp: "WhatsApp",
};

// Android apps send their package as the referrer (android-app://com.google.android.gm/).
const ANDROID_APPS: Record<string, string> = {
  "com.google.android.googlequicksearchbox": "Google search",
  "com.google.android.gm": "Gmail",
  "com.facebook.katana": "Facebook",
  "com.linkedin.android": "LinkedIn",
};

// Second-level labels under which the registrable name sits one further left (example.co.uk).
const SECOND_LEVEL = new Set(["co", "com", "org", "net", "gov", "ac", "edu"]);

/** Printable text, no longer than `max`: forged values are stored as text and rendered escaped. */
export function cleanLabel(text: string, max: number): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").trim().slice(0, max);
}

/** The registrable name's first label: "google" for www.google.co.uk, "facebook" for l.facebook.com. */
function nameLabel(host: string): string {
  const labels = host.split(".");
  if (labels.length < 2) return host;
  const second = labels.at(-2)!;
  if (labels.length >= 3 && SECOND_LEVEL.has(second) && labels.at(-1)!.length === 2) return labels.at(-3)!;
  return second;
}

function shortHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, "").replace(/^(www|m|mobile|l|lm)\./, "");
}

function fromQuery(search: string): VisitSource | undefined {
  if (!search.includes("utm_")) return undefined;
  const params = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const source = cleanLabel(params.get("utm_source") ?? "", SOURCE_MAX);
  const campaign = cleanLabel(params.get("utm_campaign") ?? "", CAMPAIGN_MAX) || null;
  if (!source && !campaign) return undefined;
  return { source: source || "Campaign", kind: "campaign", campaign };
}

/**
 * The source of a page view: the page's own `utm_source` / `utm_campaign` first (the firm
 * tagged the link itself), then the referrer — a search engine, a social site, another
 * site's domain, the site itself ("Internal"), or nothing at all ("Direct").
 */
export function classifySource(referrer: string, pageSearch: string, siteHost: string): VisitSource {
  const campaign = fromQuery(pageSearch);
  if (campaign) return campaign;
  if (!referrer) return { source: DIRECT_SOURCE, kind: "direct", campaign: null };
  let url: URL;
  try {
    url = new URL(referrer);
  } catch {
    return { source: DIRECT_SOURCE, kind: "direct", campaign: null };
  }
  if (url.protocol === "android-app:") {
    const app = ANDROID_APPS[url.hostname];
    if (app) return { source: app, kind: app.endsWith("search") ? "search" : "social", campaign: null };
    return { source: cleanLabel(url.hostname, SOURCE_MAX) || DIRECT_SOURCE, kind: "site", campaign: null };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { source: DIRECT_SOURCE, kind: "direct", campaign: null };
  const host = shortHost(url.hostname);
  if (host === shortHost(siteHost)) return { source: INTERNAL_SOURCE, kind: "internal", campaign: null };
  const exact = SEARCH_HOSTS[host];
  if (exact) return { source: exact, kind: "search", campaign: null };
  const social = SOCIAL_SITES[host] ?? SOCIAL_SITES[nameLabel(host)];
  if (social) return { source: social, kind: "social", campaign: null };
  const engine = SEARCH_ENGINES[nameLabel(host)];
  if (engine) return { source: `${engine} search`, kind: "search", campaign: null };
  return { source: cleanLabel(host, SOURCE_MAX), kind: "site", campaign: null };
}
