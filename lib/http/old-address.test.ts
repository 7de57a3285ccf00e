import { describe, expect, it, vi } from "vitest";
import { mayBeOldAddress, redirectOldAddress } from "./old-address.mjs";

/** Runs the redirect on a fake request: what it answered, or null when Next would get it. */
function ask(method: string, url: string, findTarget: (url: string) => string | undefined) {
  let answer: { status: number; headers: Record<string, unknown> } | null = null;
  const res = { writeHead: (status: number, headers: Record<string, unknown>) => void (answer = { status, headers }), end() {} };
  const answered = redirectOldAddress({ method, url } as never, res as never, findTarget);
  expect(answered).toBe(answer !== null);
  return answer as { status: number; headers: Record<string, unknown> } | null;
}

describe("an imported site's old addresses", () => {
  it("are the shapes WordPress and Ghost use, never this site's own", () => {
    for (const url of ["/2019/05/14/a-post/", "/a-post/", "/category/dui/", "/feed/", "/?p=12", "/?page_id=7", "/?cat=3&p=12"]) expect(mayBeOldAddress(url), url).toBe(true);
    for (const url of ["/", "/blog", "/blog/a-post", "/?q=bail", "/search?q=p=1", "/admin/", "/admin/posts/", "/api/auth/", "/_next/static/x/", "/?p=abc"]) expect(mayBeOldAddress(url), url).toBe(false);
  });

  it("answer 301 with where the content lives now, for a GET or HEAD only", () => {
    const findTarget = vi.fn((url: string) => (url === "/2019/05/14/a-post/" ? "/blog/a-post" : undefined));
    expect(ask("GET", "/2019/05/14/a-post/", findTarget)).toMatchObject({ status: 301, headers: { Location: "/blog/a-post" } });
    expect(ask("HEAD", "/2019/05/14/a-post/", findTarget)?.status).toBe(301);
    expect(ask("POST", "/2019/05/14/a-post/", findTarget)).toBeNull();
    // An old shape the import did not bring: Next answers it (its own slash redirect, or 404).
    expect(ask("GET", "/something-else/", findTarget)).toBeNull();
    // Every other address costs a string test, not a lookup.
    findTarget.mockClear();
    expect(ask("GET", "/blog/a-post", findTarget)).toBeNull();
    expect(findTarget).not.toHaveBeenCalled();
  });
});
