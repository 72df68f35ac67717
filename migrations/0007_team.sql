-- Bringing a real team in: where each identity came from (so a directory sync only
-- marks its own people left), one-time invite codes, and what a chat is bound to.
-- Forward-only: never edit this file once landed.

-- One row per identity a directory sync (WeCom / DingTalk) has seen. An identity
-- that disappears from the next full listing makes its member "left".
create table directory_entries (
  platform      text not null,                  -- 'wecom' | 'dingtalk'
  external_id   text not null,                  -- WeCom userid, DingTalk userid (= staffId)
  member_id     text not null references team_members(id),
  name          text not null,
  departments   text[] not null default '{}',
  seen_at       timestamptz not null,
  removed_at    timestamptz,
  primary key (platform, external_id)
);
create index directory_entries_member on directory_entries (member_id);

-- `/invite rep` → a one-time code; `/join CODE` links the sender as that role.
-- Only the SHA-256 of the code is stored.
create table invite_codes (
  code_hash    text primary key,
  role         text not null check (role in ('rep', 'supervisor', 'ops', 'finance', 'admin', 'technical', 'after_sales')),
  reports_to   text references team_members(id),
  created_by   text not null references team_members(id),
  created_at   timestamptz not null,
  expires_at   timestamptz not null,
  used_by      text references team_members(id),
  used_at      timestamptz
);

-- What a group chat is for: a role audience (production, logistics, order desk …)
-- or a customer (an external group). Whether outsiders are present is kept on chats.has_external;
-- external_source says who decided it (the platform, or an admin).
create table chat_bindings (
  chat_id          text primary key references chats(id),
  audience         text,
  customer_id      uuid references customers(id),
  external_source  text not null default 'admin' check (external_source in ('platform', 'admin')),
  bound_by         text references team_members(id),
  bound_at         timestamptz not null,
  check (audience is not null or customer_id is not null)
);
