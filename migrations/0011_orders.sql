-- Orders from chat (issue 20). The orders table of 0001 holds imported orders with
-- their amounts; an order confirmed in chat has no amount yet, so amounts become
-- optional. Each event (confirmed / shipped / delivered) is a row with who said it
-- and when; each confirmation snapshots the needs into a versioned production sheet
-- that the order clerk acknowledges or questions.

alter table orders alter column amount drop not null;
alter table orders alter column amount_cny drop not null;
alter table orders add column confirmed_at timestamptz;
alter table orders add column confirmed_by text references team_members(id);
alter table orders add column ship_mode text check (ship_mode in ('sea', 'air', 'courier'));
alter table orders add column tracking text;
-- When the order came from chat: the message that confirmed it.
alter table orders add column source_message_id uuid references messages(id);

create table order_events (
  id          uuid primary key default gen_random_uuid(),
  order_id    uuid not null references orders(id),
  customer_id uuid not null references customers(id),
  kind        text not null check (kind in ('confirmed', 'shipped', 'delivered')),
  said_by     text references team_members(id),
  at          timestamptz not null,
  message_id  uuid references messages(id),
  details     jsonb not null default '{}'
);
create index order_events_order on order_events (order_id, at);
create index order_events_time on order_events (at);

create sequence order_sheet_seq;

-- A production sheet: what production must make, as it stood at one moment. A need
-- changed after confirmation makes version n+1 (with the differences); the older
-- pending version is superseded, never silently left standing.
create table order_sheets (
  id               text primary key,                -- 'PS-7': short enough to type in "/ack PS-7"
  order_id         uuid not null references orders(id),
  customer_id      uuid not null references customers(id),
  version          integer not null,
  snapshot         jsonb not null,                  -- the needs at that moment (every kind; money filtered when shown)
  diff             jsonb not null default '[]',     -- against the previous version: [{slot, kind, from, to}]
  created_at       timestamptz not null,
  created_by       text references team_members(id),
  clerk_id         text references team_members(id),
  rep_id           text references team_members(id),
  due_at           timestamptz not null,            -- acknowledgement deadline (working days)
  status           text not null default 'pending' check (status in ('pending', 'acknowledged', 'superseded')),
  acknowledged_at  timestamptz,
  acknowledged_by  text references team_members(id),
  questioned       boolean not null default false,  -- a question was asked before the acknowledgement
  escalated_at     timestamptz,
  unique (order_id, version)
);
create index order_sheets_pending on order_sheets (status, created_at);
create index order_sheets_customer on order_sheets (customer_id, created_at);

create table order_sheet_questions (
  id           uuid primary key default gen_random_uuid(),
  sheet_id     text not null references order_sheets(id),
  asked_by     text not null references team_members(id),
  asked_to     text not null references team_members(id),
  question     text not null,
  asked_at     timestamptz not null,
  answer       text,
  answered_at  timestamptz
);
create index order_sheet_questions_open on order_sheet_questions (asked_to, answered_at);

-- A forwarded chat in which the customer seems to confirm: offered, never recorded silently.
create table order_offers (
  id           uuid primary key default gen_random_uuid(),
  chat_id      text not null references chats(id),
  member_id    text not null references team_members(id),
  customer_id  uuid not null references customers(id),
  message_id   uuid references messages(id),
  evidence     text not null,
  created_at   timestamptz not null,
  decided_at   timestamptz,
  decision     text check (decision in ('accepted', 'declined'))
);
create index order_offers_open on order_offers (chat_id, member_id, decided_at);

-- After a shipment: "跟进客户收货" for the owner or the after-sales responsible.
create table order_followups (
  id           uuid primary key default gen_random_uuid(),
  order_id     uuid not null references orders(id),
  customer_id  uuid not null references customers(id),
  member_id    text not null references team_members(id),
  due_at       timestamptz not null,
  created_at   timestamptz not null,
  reminded_at  timestamptz,
  unique (order_id)
);
create index order_followups_due on order_followups (due_at) where reminded_at is null;
