-- Hardening (issue 17).
-- DingTalk's callback signature covers only the timestamp, not the body: a captured
-- timestamp+sign pair is remembered until its window ends, with the hash of the body it
-- came with, so it is accepted once (and again only for the same body: a platform retry).
create table webhook_signatures (
  key         text primary key,
  body_hash   text not null,
  expires_at  timestamptz not null
);
create index webhook_signatures_expiry on webhook_signatures (expires_at);

-- Outbox: each claim gets an attempt id, so marking a row sent after the platform answered
-- only succeeds for the attempt that still holds it.
alter table outbox add column attempt_id text;
