-- The bot in chat (issue 5): questions Baton asked and is waiting on, e.g. "which
-- customer is this?" with numbered choices. One open question per chat and member:
-- the member's next short answer ("1", "ACME") completes it.
create table pending_questions (
  chat_id     text not null references chats(id),
  member_id   text not null references team_members(id),
  kind        text not null,                   -- 'customer_choice'
  payload     jsonb not null,                  -- what to do once answered (the original intent, message id)
  choices     jsonb not null default '[]',     -- [{ customerId, label }]
  created_at  timestamptz not null default now(),
  expires_at  timestamptz not null,
  primary key (chat_id, member_id)
);

-- Contacts are found by name ("张总那边要什么?"): speakers of forwarded chats are stored as contacts.
create index contacts_name_lower on contacts (lower(name));
