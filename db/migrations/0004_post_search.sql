-- Full-text search over posts (db/search.ts): an FTS5 index of each post's own columns,
-- which are what the public sees once a post is public (pending changes live in
-- post_drafts and are never indexed). The index reads its text from posts itself
-- (external content), and these triggers keep it in step inside the same statement, so
-- in the same transaction, as every insert, edit and delete of a post. Who may see a
-- result is decided by the query (isPublic() in db/posts.ts), not by the index.
-- Porter stemming: "arrested" finds "arrest"; diacritics are folded ("résumé", "resume").
CREATE VIRTUAL TABLE `posts_search` USING fts5(
	`title`, `excerpt`, `body_text`,
	content='posts', content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `posts_search_after_insert` AFTER INSERT ON `posts` BEGIN
	INSERT INTO `posts_search` (rowid, `title`, `excerpt`, `body_text`) VALUES (new.`id`, new.`title`, new.`excerpt`, new.`body_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `posts_search_after_delete` AFTER DELETE ON `posts` BEGIN
	INSERT INTO `posts_search` (`posts_search`, rowid, `title`, `excerpt`, `body_text`) VALUES ('delete', old.`id`, old.`title`, old.`excerpt`, old.`body_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `posts_search_after_update` AFTER UPDATE OF `title`, `excerpt`, `body_text` ON `posts` BEGIN
	INSERT INTO `posts_search` (`posts_search`, rowid, `title`, `excerpt`, `body_text`) VALUES ('delete', old.`id`, old.`title`, old.`excerpt`, old.`body_text`);
	INSERT INTO `posts_search` (rowid, `title`, `excerpt`, `body_text`) VALUES (new.`id`, new.`title`, new.`excerpt`, new.`body_text`);
END;
--> statement-breakpoint
-- The posts already there (their body_text is filled in at start-up: lib/post-text.ts).
INSERT INTO `posts_search` (`posts_search`) VALUES ('rebuild');
