-- A post is signed by a lawyer of the firm (a listed profile), never by a sign-in account.
-- Profiles made for accounts and never filled in ("owner") stop being lawyers' pages, where
-- the firm has a lawyer's profile that was filled in (a firm with none keeps what it has).
UPDATE `profiles` SET `listed` = 0
WHERE `user_id` IS NOT NULL AND `title` = '' AND `bio` = '' AND `photo_media_id` IS NULL
  AND `bar_admissions` = '[]' AND `certifications` = '[]' AND `languages` = '[]' AND `public_email` = ''
  AND EXISTS (
    SELECT 1 FROM `profiles` AS `lawyer`
    WHERE `lawyer`.`listed` = 1 AND (`lawyer`.`title` <> '' OR `lawyer`.`bio` <> '' OR `lawyer`.`photo_media_id` IS NOT NULL)
  );
--> statement-breakpoint
-- Posts signed by no lawyer get the firm's lawyer, when it has exactly one (with several,
-- the editor asks for one before the post is published again).
UPDATE `posts` SET `byline_profile_id` = (SELECT `id` FROM `profiles` WHERE `listed` = 1)
WHERE `kind` = 'post'
  AND (`byline_profile_id` IS NULL OR `byline_profile_id` IN (SELECT `id` FROM `profiles` WHERE `listed` = 0))
  AND (SELECT count(*) FROM `profiles` WHERE `listed` = 1) = 1;
--> statement-breakpoint
UPDATE `post_drafts` SET `byline_profile_id` = (SELECT `id` FROM `profiles` WHERE `listed` = 1)
WHERE (`byline_profile_id` IS NULL OR `byline_profile_id` IN (SELECT `id` FROM `profiles` WHERE `listed` = 0))
  AND `post_id` IN (SELECT `id` FROM `posts` WHERE `kind` = 'post')
  AND (SELECT count(*) FROM `profiles` WHERE `listed` = 1) = 1;
