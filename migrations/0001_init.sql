-- Baton's first schema: the team, chats, customers, messages, needs, follow-ups,
-- orders and payments, the outbox, handovers and the audit log.
-- Forward-only: never edit this file once landed; add 0002_… instead.

create table team_members (
  id          text primary key,                 -- short handle, e.g. 'lily'
  name        text not null,
  role        text not null check (role in ('rep', 'supervisor', 'ops', 'finance', 'admin', 'technical', 'after_sales')),
  reports_to  text references team_members(id),
  language    text not null default 'zh' check (language in ('zh', 'en')),
  active      boolean not null default true,
  left_at     timestamptz,
  created_at  timestamptz not null default now()
);

-- How a member appears on each platform (WeCom userid, DingTalk staffId, WhatsApp wa_id, console id).
create table member_identities (
  platform     text not null,
  external_id  text not null,
  member_id    text not null references team_members(id),
  primary key (platform, external_id)
);
create index member_identities_member on member_identities (member_id);

create table chats (
  id            text primary key,               -- 'dm:lily', 'group:production', or '<platform>:<external id>'
  platform      text not null,
  external_id   text not null,
  kind          text not null check (kind in ('direct', 'group')),
  title         text,
  has_external  boolean not null default false, -- outsiders present: nothing sensitive is posted here
  member_id     text references team_members(id), -- the member of a direct chat with the bot
  language      text check (language in ('zh', 'en')),
  created_at    timestamptz not null default now(),
  unique (platform, external_id)
);

create table chat_members (
  chat_id      text not null references chats(id),
  participant  text not null,                   -- a team member id, or 'ext:<name>' for outsiders
  is_external  boolean not null default false,
  primary key (chat_id, participant)
);

create table customers (
  id               uuid primary key default gen_random_uuid(),
  code             text not null unique,        -- the team's own code, e.g. HZ-2026-001
  name             text not null,
  aliases          text[] not null default '{}',
  tier             text not null default 'C' check (tier in ('A', 'B', 'C', 'D')),
  owner_id         text references team_members(id),
  stage            text not null default 'inquiry'
                   check (stage in ('lead', 'inquiry', 'intent', 'sample', 'first_order', 'repeat', 'loyal', 'lost', 'paused')),
  country          text,
  language         text check (language in ('zh', 'en')),
  notes            text,
  paused_until     timestamptz,
  pause_reason     text,
  last_contact_at  timestamptz,
  next_follow_up_at timestamptz,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now()
);
create index customers_owner on customers (owner_id);
create index customers_next_follow_up on customers (next_follow_up_at) where paused_until is null;
create index customers_name_lower on customers (lower(name));

-- Who is responsible for a customer at a stage (order fulfilment, after-sales) besides its owner.
create table customer_responsibles (
  customer_id  uuid not null references customers(id),
  stage        text not null check (stage in ('sales', 'fulfilment', 'after_sales', 'technical')),
  member_id    text not null references team_members(id),
  since        timestamptz not null default now(),
  primary key (customer_id, stage)
);

create table contacts (
  id           uuid primary key default gen_random_uuid(),
  customer_id  uuid not null references customers(id),
  name         text not null,
  title        text,
  phone        text,
  email        text,
  wechat       text,
  whatsapp     text,
  is_primary   boolean not null default false,
  notes        text,
  created_at   timestamptz not null default now()
);
create index contacts_customer on contacts (customer_id);

-- Every inbound message, stored before it is acknowledged and worked off later.
create table messages (
  id                  uuid primary key default gen_random_uuid(),
  platform            text not null,
  external_id         text not null,            -- the platform's message id, as a string
  chat_id             text not null references chats(id),
  sender_member_id    text references team_members(id),
  sender_external_id  text not null,
  sender_name         text,
  text                text not null,
  sent_at             timestamptz not null,
  received_at         timestamptz not null default now(),
  raw                 jsonb not null,
  reply_hint          jsonb,
  state               text not null default 'pending' check (state in ('pending', 'processing', 'done', 'failed')),
  attempts            integer not null default 0,
  locked_until        timestamptz,
  last_error          text,
  processed_at        timestamptz,
  customer_id         uuid references customers(id),
  unique (platform, external_id)
);
create index messages_work on messages (received_at) where state in ('pending', 'processing');
create index messages_chat on messages (chat_id, received_at);
create index messages_customer on messages (customer_id, sent_at);

-- Needs are versioned: a new value supersedes the old row, which is kept with its evidence.
create table needs (
  id              uuid primary key default gen_random_uuid(),
  customer_id     uuid not null references customers(id),
  kind            text not null,
  slot            text not null,                -- kind, or kind:attribute for specs and certifications
  value           jsonb not null,
  evidence        text not null,                -- the customer's exact words
  speaker         text,
  said_at         timestamptz,
  message_id      uuid references messages(id),
  extractor       text not null check (extractor in ('rules', 'llm', 'manual', 'import')),
  model           text,
  prompt_version  text,
  confidence      real not null default 1,
  recorded_by     text references team_members(id),
  status          text not null default 'current' check (status in ('current', 'superseded', 'removed')),
  superseded_by   uuid references needs(id),
  superseded_at   timestamptz,
  created_at      timestamptz not null default now()
);
create unique index needs_one_current on needs (customer_id, slot) where status = 'current';
create index needs_customer on needs (customer_id, created_at);

create table need_changes (
  id            uuid primary key default gen_random_uuid(),
  customer_id   uuid not null references customers(id),
  kind          text not null,
  slot          text not null,
  from_need_id  uuid references needs(id),
  to_need_id    uuid references needs(id),
  from_value    jsonb,
  to_value      jsonb,
  evidence      text,
  said_by       text,
  said_at       timestamptz,
  recorded_by   text references team_members(id),
  message_id    uuid references messages(id),
  created_at    timestamptz not null default now()
);
create index need_changes_customer on need_changes (customer_id, created_at);

-- Chats that want to hear about changes: to one customer, to one kind of need, or both.
create table subscriptions (
  id           uuid primary key default gen_random_uuid(),
  chat_id      text not null references chats(id),
  customer_id  uuid references customers(id),
  kind         text,
  created_by   text references team_members(id),
  created_at   timestamptz not null default now()
);
create unique index subscriptions_unique on subscriptions (chat_id, coalesce(customer_id::text, '*'), coalesce(kind, '*'));

create table follow_ups (
  id                 uuid primary key default gen_random_uuid(),
  customer_id        uuid not null references customers(id),
  member_id          text references team_members(id),
  channel            text not null default 'chat' check (channel in ('phone', 'wechat', 'whatsapp', 'email', 'visit', 'chat', 'meeting', 'other')),
  summary            text,
  happened_at        timestamptz not null,
  next_at            timestamptz,
  source_message_id  uuid references messages(id),
  created_at         timestamptz not null default now()
);
create index follow_ups_customer on follow_ups (customer_id, happened_at);
create index follow_ups_member on follow_ups (member_id, happened_at);

create table orders (
  id           uuid primary key default gen_random_uuid(),
  customer_id  uuid not null references customers(id),
  order_no     text,
  ordered_at   date not null,
  amount       numeric(16, 2) not null,
  currency     text not null default 'CNY',
  amount_cny   numeric(16, 2) not null,         -- for tiers and trends in one currency
  status       text not null default 'open' check (status in ('open', 'shipped', 'delivered', 'closed', 'cancelled')),
  shipped_at   date,
  delivered_at date,
  details      jsonb not null default '{}',
  created_at   timestamptz not null default now(),
  unique (customer_id, order_no)
);
create index orders_customer on orders (customer_id, ordered_at);
create index orders_date on orders (ordered_at);

create table payments (
  id           uuid primary key default gen_random_uuid(),
  order_id     uuid references orders(id),
  customer_id  uuid not null references customers(id),
  amount       numeric(16, 2) not null,
  currency     text not null default 'CNY',
  due_at       date,
  paid_at      date,
  created_at   timestamptz not null default now()
);
create index payments_customer on payments (customer_id);

-- Everything Baton sends goes through here first; a worker delivers with retry and backoff.
create table outbox (
  id                 uuid primary key default gen_random_uuid(),
  chat_id            text not null references chats(id),
  text               text not null,
  format             text not null default 'text' check (format in ('text', 'markdown')),
  kind               text not null default 'reply',  -- reply, notice, reminder, digest, escalation, …
  dedupe_key         text unique,                    -- a notice is sent once, however often its cause repeats
  source_message_id  uuid references messages(id),
  reply_hint         jsonb,
  state              text not null default 'pending' check (state in ('pending', 'sending', 'sent', 'failed', 'merged')),
  attempts           integer not null default 0,
  next_attempt_at    timestamptz not null default now(),
  locked_until       timestamptz,
  last_error         text,
  external_id        text,
  merged_into        uuid references outbox(id),
  created_at         timestamptz not null default now(),
  sent_at            timestamptz
);
create index outbox_due on outbox (next_attempt_at) where state in ('pending', 'sending');
create index outbox_source on outbox (source_message_id);
create index outbox_chat_sent on outbox (chat_id, sent_at);

create table handovers (
  id              uuid primary key default gen_random_uuid(),
  kind            text not null check (kind in ('customer', 'departure', 'stage')),
  customer_id     uuid not null references customers(id),
  from_member_id  text references team_members(id),
  to_member_id    text not null references team_members(id),
  stage           text,
  status          text not null default 'pending' check (status in ('pending', 'questioned', 'signed', 'refused', 'expired', 'cancelled')),
  package         jsonb not null,                -- the snapshot the receiver read
  created_by      text references team_members(id),
  created_at      timestamptz not null default now(),
  due_at          timestamptz,
  signed_at       timestamptz,
  escalated_at    timestamptz
);
create index handovers_to on handovers (to_member_id, status);
create index handovers_customer on handovers (customer_id);

create table audit_log (
  id         uuid primary key default gen_random_uuid(),
  at         timestamptz not null default now(),
  actor      text,
  action     text not null,
  entity     text not null,
  entity_id  text,
  details    jsonb not null default '{}'
);
create index audit_log_entity on audit_log (entity, entity_id, at);

-- Small key/value state: the console clock, cadence policy overrides, …
create table settings (
  key         text primary key,
  value       jsonb not null,
  updated_at  timestamptz not null default now()
);

-- Idempotency of scheduled jobs: one row per (job, slot) that has run.
create table job_runs (
  job       text not null,
  slot      text not null,
  ran_at    timestamptz not null default now(),
  details   jsonb not null default '{}',
  primary key (job, slot)
);
