-- The counter of mail_quota now also counts the publishing API's requests per token
-- (site/Quota, shared by every node): the table is named for what it holds, hits per key
-- and window, whatever is counted.
ALTER TABLE mail_quota RENAME TO quota_hits;
