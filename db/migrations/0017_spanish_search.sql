-- Full-text search over the translations (db/translation-search.ts), kept in step by triggers
-- as posts_search is (0004_post_search.sql). No Porter stemmer: it is English and would cut
-- Spanish words wrongly; diacritics are folded, so "acusacion" finds "acusación".
CREATE VIRTUAL TABLE `post_translations_search` USING fts5(
	`title`, `excerpt`, `body_text`,
	content='post_translations', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `post_translations_search_after_insert` AFTER INSERT ON `post_translations` BEGIN
	INSERT INTO `post_translations_search` (rowid, `title`, `excerpt`, `body_text`) VALUES (new.`id`, new.`title`, new.`excerpt`, new.`body_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `post_translations_search_after_delete` AFTER DELETE ON `post_translations` BEGIN
	INSERT INTO `post_translations_search` (`post_translations_search`, rowid, `title`, `excerpt`, `body_text`) VALUES ('delete', old.`id`, old.`title`, old.`excerpt`, old.`body_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `post_translations_search_after_update` AFTER UPDATE OF `title`, `excerpt`, `body_text` ON `post_translations` BEGIN
	INSERT INTO `post_translations_search` (`post_translations_search`, rowid, `title`, `excerpt`, `body_text`) VALUES ('delete', old.`id`, old.`title`, old.`excerpt`, old.`body_text`);
	INSERT INTO `post_translations_search` (rowid, `title`, `excerpt`, `body_text`) VALUES (new.`id`, new.`title`, new.`excerpt`, new.`body_text`);
END;
