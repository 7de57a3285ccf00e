DROP INDEX `inquiries_inbox_idx`;--> statement-breakpoint
CREATE INDEX `inquiries_newest_idx` ON `inquiries` (`created_at`,`status`,`custody_status`,`court_date`,`language`,`name`);--> statement-breakpoint
CREATE INDEX `inquiries_inbox_idx` ON `inquiries` (`status`,`custody_status`,`court_date`,`created_at`,`language`,`name`);--> statement-breakpoint
CREATE INDEX `posts_admin_list_idx` ON `posts` (`kind`,`deleted_at`,`updated_at`,`status`,`published_at`,`readability_score`,`search_score`,`title`);