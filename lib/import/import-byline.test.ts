import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findImportRun, listRunItems } from "@/db/imports";
import { createProfile, emptyProfile, profileForUser } from "@/db/profiles";
import { posts } from "@/db/schema";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { bylineProblem, chooseLawyer } from "./import-byline";
import { prepareRun, runImport } from "./import-run";

// Posts with no author on the old site take the rule of a new post (defaultBylineFor()):
// with several lawyers, the owner chooses who signs the public ones before importing.
let temp: ReturnType<typeof useTempDatabase>;
let ownerId: number;
let file: string;

const wxr = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><link>https://old-firm.test</link>
<item><title>Public with no author</title><content:encoded><![CDATA[Text.]]></content:encoded><wp:post_id>1</wp:post_id><wp:post_date_gmt>2020-05-01 10:00:00</wp:post_date_gmt><wp:post_name>public-one</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
<item><title>Draft with no author</title><content:encoded><![CDATA[Text.]]></content:encoded><wp:post_id>2</wp:post_id><wp:post_name>draft-one</wp:post_name><wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>`;

beforeEach(() => {
  temp = useTempDatabase();
  ownerId = createUser({ email: "owner@firm.test", name: "Olivia Owner", role: "owner" }).id;
  file = path.join(path.dirname(temp.file), "export.xml");
  fs.writeFileSync(file, wxr);
});
afterEach(() => temp.remove());

const lawyer = (name: string) => createProfile(emptyProfile(name), new Date()).id;
const post = (slug: string) => temp.db.select().from(posts).where(eq(posts.slug, slug)).get()!;

describe("imported posts with no author", { timeout: 30_000 }, () => {
  it("with several lawyers: the dry run warns, the import waits for the owner's choice, and then signs with that lawyer", async () => {
    lawyer("Dana Hollis");
    const reyes = lawyer("Luis Reyes");
    const run = await prepareRun({ file }, "export.xml", ownerId);
    const warnings = Object.fromEntries(listRunItems(run.id).map((row) => [(row.data as { title: string }).title, row.warnings[0]]));
    expect(warnings["Public with no author"]).toBe("No author: choose the lawyer who signs it. It was public on the old site: choose the lawyer for posts with no author before importing.");
    expect(warnings["Draft with no author"]).toMatch(/^No author: choose the lawyer who signs it\. It comes in as a draft signed by nobody/);

    expect(bylineProblem(run, ownerId)).toBe("1 post was public on the old site with no author. Choose the lawyer who signs it: a post here is signed by one of the firm's lawyers.");
    expect((await runImport(run.id, ownerId))?.status).toBe("planned");
    expect(temp.db.select().from(posts).all()).toHaveLength(0);

    // The owner's own profile is no lawyer's: never a choice.
    expect(chooseLawyer(run.id, profileForUser(ownerId).id)).toBe(false);
    expect(chooseLawyer(run.id, reyes)).toBe(true);
    expect(bylineProblem(findImportRun(run.id)!, ownerId)).toBeUndefined();
    expect((await runImport(run.id, ownerId))?.status).toBe("done");
    expect(post("public-one")).toMatchObject({ status: "published", bylineProfileId: reyes });
    expect(post("draft-one")).toMatchObject({ status: "draft", bylineProfileId: reyes });
    expect(listRunItems(run.id)[0]!.message).toBe("Imported. Signed by Luis Reyes, the lawyer chosen for posts with no author.");
  });

  it("with several lawyers and only drafts unsigned, the import goes on and the drafts are signed by nobody", async () => {
    lawyer("Dana Hollis");
    lawyer("Luis Reyes");
    fs.writeFileSync(file, wxr.replace(/<item><title>Public[\s\S]*?<\/item>/, ""));
    const run = await prepareRun({ file }, "export.xml", ownerId);
    expect(bylineProblem(run, ownerId)).toBeUndefined();
    expect((await runImport(run.id, ownerId))?.status).toBe("done");
    expect(post("draft-one")).toMatchObject({ status: "draft", bylineProfileId: null });
  });

  it("with one lawyer, that lawyer signs them, and the dry run has nothing to say about it", async () => {
    const hollis = lawyer("Dana Hollis");
    const run = await prepareRun({ file }, "export.xml", ownerId);
    expect(listRunItems(run.id).flatMap((row) => row.warnings).filter((w) => w.startsWith("No author"))).toEqual([]);
    expect((await runImport(run.id, ownerId))?.status).toBe("done");
    expect(post("public-one")).toMatchObject({ status: "published", bylineProfileId: hollis });
  });

  it("with no lawyer at all, a public post comes in as a draft signed by nobody, and the report says so", async () => {
    const run = await prepareRun({ file }, "export.xml", ownerId);
    expect(listRunItems(run.id)[0]!.warnings[0]).toMatch(/^No author: choose the lawyer who signs it\. The firm has no lawyer's profile yet/);
    expect((await runImport(run.id, ownerId))?.status).toBe("done");
    expect(post("public-one")).toMatchObject({ status: "draft", bylineProfileId: null });
    expect(listRunItems(run.id)[0]!.warnings).toContain("No lawyer signs it: imported as a draft although it was public on the old site. Choose the lawyer in the editor and publish it.");
  });
});
