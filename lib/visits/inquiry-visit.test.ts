import { afterEach, beforeEach, expect, it } from "vitest";
import { insertPost } from "@/db/posts";
import { writeSettingValues } from "@/db/settings";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { cameFrom } from "./came-from";
import { inquiryVisit } from "./inquiry-visit";
import { forgetCountedPaths } from "./visit-paths";
import { nextVisitPath } from "./visit-path";

let temp: ReturnType<typeof useTempDatabase>;
let postId: number;
beforeEach(() => {
  temp = useTempDatabase();
  forgetCountedPaths();
  const authorId = createUser({ name: "A", email: "a@firm.test", passwordHash: "x", role: "owner" }).id;
  postId = insertPost({ slug: "can-a-victim-drop-the-charges", title: "Can a victim drop the charges?", bodyHtml: "<p>x</p>", status: "published", publishedAt: new Date(Date.now() - 3_600_000), createdBy: authorId, updatedAt: new Date() }).id;
});
afterEach(() => temp.remove());

const ORIGIN = "http://localhost:3000";

it("turns the tab's visit path into the first page, a source name and the post read last", () => {
  let path = nextVisitPath(undefined, "/blog/can-a-victim-drop-the-charges", "https://www.google.com/", ORIGIN);
  path = nextVisitPath(path, "/blog", `${ORIGIN}/blog/can-a-victim-drop-the-charges`, ORIGIN);
  path = nextVisitPath(path, "/contact", `${ORIGIN}/blog`, ORIGIN);
  const visit = inquiryVisit(JSON.stringify(path));
  expect(visit).toEqual({ visitFirstPage: "/blog/can-a-victim-drop-the-charges", visitSource: "Google search", visitPostPath: "/blog/can-a-victim-drop-the-charges", visitPostId: postId });
  expect(cameFrom({ ...visit, visitPostTitle: "Can a victim drop the charges?" })).toBe("Can a victim drop the charges? (Google search)");
});

it("keeps a campaign's name and drops what it cannot read", () => {
  const path = nextVisitPath(undefined, "/?utm_source=newsletter&utm_campaign=spring", "", ORIGIN);
  expect(inquiryVisit(JSON.stringify(path))).toMatchObject({ visitFirstPage: "/", visitSource: "newsletter (spring)", visitPostId: null });
  const none = { visitFirstPage: null, visitSource: null, visitPostPath: null, visitPostId: null };
  expect(inquiryVisit("")).toEqual(none);
  expect(inquiryVisit("{not json")).toEqual(none);
  expect(inquiryVisit(JSON.stringify({ first: "https://evil.example/", ref: "", last: "" }))).toEqual(none);
  expect(inquiryVisit(JSON.stringify({ first: "/", ref: "", last: "/blog/not-a-post" }))).toMatchObject({ visitPostPath: null, visitPostId: null });
});

it("stores nothing of the visit when counting is off", () => {
  writeSettingValues({ visitCounting: false });
  const path = nextVisitPath(undefined, "/blog/can-a-victim-drop-the-charges", "https://www.google.com/", ORIGIN);
  expect(inquiryVisit(JSON.stringify(path)).visitSource).toBeNull();
});
