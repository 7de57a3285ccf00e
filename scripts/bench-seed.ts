// For `npm run bench`: a database at the scale of a busy firm after some years, built
// before the server starts. The sample content first (the same firm, the same demo
// posts), then 1,000 published posts of realistic length with tags, and 10,000 inquiries, most of
// them long since closed.
import { db, openDatabase, setDatabase } from "@/db/client";
import { createInquiry } from "@/db/inquiries/inquiries";
import { inquiryValues } from "@/db/inquiries/inquiry-fixtures";
import { newInquiryReference } from "@/lib/inquiries/inquiry-reference";
import { applyMigrations } from "@/db/migrate";
import { insertPost } from "@/db/posts";
import { seedDemoContent } from "@/db/seed/demo-content";
import { seedPosts } from "@/db/seed/sample-posts";
import { users } from "@/db/schema";

const DAY = 24 * 60 * 60 * 1000;
const TAGS = ["Bail", "DUI", "Court", "Drugs", "Juvenile", "Expungement", "Domestic violence", "Traffic", "Victims' rights", "Probation"];

export function seedAtScale(file: string, counts = { posts: 1000, inquiries: 10_000 }): void {
  const database = openDatabase(file);
  applyMigrations(database);
  setDatabase(database);
  const now = new Date();
  seedDemoContent(now);
  const createdBy = db().select({ id: users.id }).from(users).get()!.id;
  // Bodies of the sample posts' length (about 500–900 words), from their own text.
  const bodies = seedPosts.map((post) => post.bodyHtml);
  db().transaction(() => {
    for (let i = 0; i < counts.posts; i++) {
      const publishedAt = new Date(now.getTime() - (10 + i) * DAY * 0.9);
      insertPost(
        {
          slug: `archive-answer-${i + 1}`,
          title: `Archive answer ${i + 1}: what happens after an arrest in county ${i % 67}`,
          excerpt: "A plain-language answer from the archive, a sentence or two long, like the ones the attorney writes.",
          bodyHtml: bodies[i % bodies.length]!,
          status: "published",
          publishedAt,
          createdBy,
          createdAt: publishedAt,
          updatedAt: publishedAt,
        },
        [TAGS[i % TAGS.length]!, TAGS[(i * 7 + 3) % TAGS.length]!],
      );
    }
    for (let i = 0; i < counts.inquiries; i++) {
      const receivedAt = new Date(now.getTime() - i * 60_000);
      createInquiry(
        inquiryValues({ name: `Archived Person ${i}`, email: `person${i}@example.com`, custodyStatus: i % 9 === 0 ? "in_custody" : "not_arrested", consentAt: receivedAt }),
        () => [],
        newInquiryReference,
        receivedAt,
      );
    }
    // An inbox after years, not 100,000 untouched inquiries: the newest 200 still new, the
    // next 1,800 in hand, the rest closed or declined (bench/README.md, "Ten times the content").
    const minutesAgo = (minutes: number) => now.getTime() - minutes * 60_000;
    database.$client
      .prepare(
        `update inquiries set read_at = case when created_at > :new then null else created_at end, status = case
          when created_at > :new then 'new'
          when created_at > :inHand then case when id % 3 = 0 then 'consultation_scheduled' else 'contacted' end
          else case when id % 7 = 0 then 'declined' else 'closed' end end`,
      )
      .run({ new: minutesAgo(200), inHand: minutesAgo(2000) });
  });
  database.$client.pragma("wal_checkpoint(TRUNCATE)");
  database.$client.close();
}
