-- Rows queued by one message share its business time (created_at); keep the order
-- they were queued in, so "replies" list the answer before the notices on every
-- database (Postgres returns ties in any order, PGlite happened not to).
alter table outbox add column seq bigint generated always as identity;
create index outbox_source_seq on outbox (source_message_id, created_at, seq);
