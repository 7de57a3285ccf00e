-- Names that say one thing: posts.created_by (the account that created the post),
-- byline_profile_id (the lawyer shown as its author), saved_by (the account whose save made
-- a pending draft or a version), approval_requests (an editor's change waiting for the
-- owner; "review" is only the legal review, last_reviewed_at).
-- drizzle-kit generated this with its snapshot, but wrote table rebuilds (drop and create),
-- which would cascade-delete a post's tags, redirects and drafts and drop the search
-- triggers; these are SQLite's own renames instead, which keep every row, and update the
-- foreign keys, indexes and triggers that name the columns.
ALTER TABLE `review_requests` RENAME TO `approval_requests`;--> statement-breakpoint
DROP INDEX `review_requests_post_idx`;--> statement-breakpoint
CREATE INDEX `approval_requests_post_idx` ON `approval_requests` (`post_id`,`decided_at`);--> statement-breakpoint
ALTER TABLE `posts` RENAME COLUMN `author_id` TO `created_by`;--> statement-breakpoint
ALTER TABLE `posts` RENAME COLUMN `author_profile_id` TO `byline_profile_id`;--> statement-breakpoint
DROP INDEX `posts_author_profile_idx`;--> statement-breakpoint
CREATE INDEX `posts_byline_profile_idx` ON `posts` (`byline_profile_id`);--> statement-breakpoint
ALTER TABLE `post_drafts` RENAME COLUMN `author_profile_id` TO `byline_profile_id`;--> statement-breakpoint
ALTER TABLE `post_drafts` RENAME COLUMN `author_id` TO `saved_by`;--> statement-breakpoint
ALTER TABLE `post_versions` RENAME COLUMN `author_id` TO `saved_by`;
