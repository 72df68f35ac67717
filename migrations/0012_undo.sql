-- Taking a forward, correction or removal back (issue 15). A change row remembers the
-- message that caused it (the forward itself, the answer to "which customer?", a /move)
-- so /undo can find one member action and the notices it sent; undoing marks the rows
-- reverted instead of deleting them, and the needs it put in place become 'reverted'.
alter table need_changes add column via_message_id uuid;
alter table need_changes add column reverted_at timestamptz;
alter table need_changes add column reverted_by text references team_members(id);
create index need_changes_recorder on need_changes (recorded_by, created_at) where reverted_at is null;

alter table needs drop constraint needs_status_check;
alter table needs add constraint needs_status_check check (status in ('current', 'superseded', 'removed', 'reverted'));

-- Contacts learnt from a forwarded chat name that message, so undoing it forgets them again.
alter table contacts add column learnt_from_message uuid;
