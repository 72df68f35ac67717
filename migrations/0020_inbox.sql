-- The acknowledgement path is one write (issue 16): a verified message is stored as it came,
-- and the worker resolves its sender and chat before it understands it. Until then chat_id is
-- empty and chat_external_id / chat_kind say which platform chat it belongs to; rows stored
-- before this migration already have their chat, so they never need resolving.
alter table messages alter column chat_id drop not null;
alter table messages add column chat_external_id text;
alter table messages add column chat_kind text check (chat_kind in ('direct', 'group'));
alter table messages add constraint messages_chat_known check (chat_id is not null or (chat_external_id is not null and chat_kind is not null));
