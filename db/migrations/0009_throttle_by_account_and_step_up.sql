ALTER TABLE `sessions` ADD `stepped_up_at` integer;--> statement-breakpoint
CREATE INDEX `login_attempts_key_idx` ON `login_attempts` (`key_hash`,`created_at`);