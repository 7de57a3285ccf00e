// Every request an import makes (the export file by address, a sitemap, pages, images)
// goes through here: http(s) only, the address checked when the connection is made (so a
// name that resolves to a public address at first and a private one later cannot slip
// through), each redirect checked the same way, a time limit for the whole answer and a
// size limit read as the bytes arrive.
import "server-only";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { env } from "@/lib/platform/env";
import { mayConnect } from "./network-address";

export class FetchRefused extends Error {}

/** What a person reads for a refused or failed request, or undefined for another error. */
export function fetchProblem(error: unknown): string | undefined {
  if (error instanceof FetchRefused) return error.message;
  const code = error instanceof Error && "code" in error ? String((error as { code: unknown }).code) : "";
  if (code === "ENOTFOUND") return "The address's site could not be found (check the spelling).";
  if (code === "ECONNREFUSED") return "The site refused the connection.";
  return undefined;
}

export type FetchOptions = {
  maxBytes: number;
  timeoutMs?: number;
  /** Tests and the benchmark: a fake old site on 127.0.0.1. Defaults to IMPORT_ALLOW_LOOPBACK. */
  allowLoopback?: boolean;
  accept?: string;
};

export type FetchedBody = { url: string; status: number; contentType: string; bytes: Buffer };

const MAX_REDIRECTS = 5;

function refusedAddress(host: string): FetchRefused {
  return new FetchRefused(`${host} is on a private or local network; an import only reads from public addresses.`);
}

function request(url: URL, options: FetchOptions, allowLoopback: boolean, signal: AbortSignal): Promise<FetchedBody & { location?: string }> {
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (net.isIP(host) && !mayConnect(host, allowLoopback)) return reject(refusedAddress(host));
    const lookup: net.LookupFunction = (hostname, lookupOptions, callback) => {
      dns.lookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
        if (error) return callback(error, "", 0);
        const list = addresses as dns.LookupAddress[];
        const bad = list.find((a) => !mayConnect(a.address, allowLoopback));
        if (bad || list.length === 0) return callback(refusedAddress(hostname), "", 0);
        if ((lookupOptions as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
        callback(null, list[0]!.address, list[0]!.family);
      });
    };
    const client = url.protocol === "https:" ? https : http;
    const req = client.get(url, { lookup, signal, headers: { "User-Agent": "firm-site-import/1", Accept: options.accept ?? "*/*", "Accept-Encoding": "identity" } }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        return resolve({ url: url.href, status, contentType: "", bytes: Buffer.alloc(0), location: res.headers.location });
      }
      const declared = Number(res.headers["content-length"] ?? 0);
      if (declared > options.maxBytes) {
        res.destroy();
        return reject(new FetchRefused(`${url.href} is larger than the limit (${Math.round(options.maxBytes / 1024 / 1024)} MB).`));
      }
      const parts: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          res.destroy();
          reject(new FetchRefused(`${url.href} is larger than the limit (${Math.round(options.maxBytes / 1024 / 1024)} MB).`));
          return;
        }
        parts.push(chunk);
      });
      res.on("end", () => resolve({ url: url.href, status, contentType: String(res.headers["content-type"] ?? ""), bytes: Buffer.concat(parts) }));
      res.on("error", reject);
    });
    req.on("error", (error) => reject(error));
  });
}

/** GETs `address`, following up to five redirects, each checked; throws FetchRefused or a network error. */
export async function safeFetch(address: string, options: FetchOptions): Promise<FetchedBody> {
  const allowLoopback = options.allowLoopback ?? env().importAllowLoopback;
  const signal = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchRefused(`“${address.slice(0, 200)}” is not a web address.`);
  }
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchRefused(`${url.protocol} addresses are not fetched; use http or https.`);
    if (url.username || url.password) throw new FetchRefused("Addresses with a user name or password are not fetched.");
    let answer;
    try {
      answer = await request(url, options, allowLoopback, signal);
    } catch (error) {
      if (signal.aborted) throw new FetchRefused(`${url.href} did not answer in time.`);
      throw error;
    }
    if (!answer.location) return answer;
    url = new URL(answer.location, url);
  }
  throw new FetchRefused(`${address} redirects too many times.`);
}
