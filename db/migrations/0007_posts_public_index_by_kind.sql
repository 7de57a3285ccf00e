-- Every public query filters on kind (isPublic() in db/posts.ts). With kind first, the few
-- pages and practice areas a layout lists are found without reading every post's row, body
-- and all (0.2 ms a query with 1,000 posts, on every page rendered per request).
DROP INDEX `posts_public_idx`;--> statement-breakpoint
CREATE INDEX `posts_public_idx` ON `posts` (`kind`,`status`,`deleted_at`,`published_at`);