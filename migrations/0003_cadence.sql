-- Follow-up cadence: customer-linked chats, reminder digests, due follow-ups and
-- their completion, escalations, first-response SLA clocks, tier suggestions.
-- Every "send once" has a unique key here; the row is the claim, written in the
-- same transaction as the outbox row, so two replicas never send one twice.

-- High-value customers whose new inquiries get the fastest first-response SLA.
alter table customers add column sla_flagged boolean not null default false;

-- Chats that belong to one customer (a WeCom external group, a WhatsApp chat):
-- an outsider's message there starts the first-response clock and counts as contact.
create table customer_chats (
  chat_id      text primary key references chats(id),
  customer_id  uuid not null references customers(id),
  linked_by    text references team_members(id),
  linked_at    timestamptz not null default now()
);
create index customer_chats_customer on customer_chats (customer_id);

-- One reminder digest per rep, window and local day.
create table cadence_digests (
  member_id      text not null references team_members(id),
  day            date not null,
  window_name    text not null,
  outbox_id      uuid references outbox(id),
  due_count      integer not null default 0,
  overdue_count  integer not null default 0,
  created_at     timestamptz not null,
  primary key (member_id, day, window_name)
);

-- Each customer named in a digest: at most once a local day, and the max-frequency cap counts these.
create table cadence_reminders (
  customer_id  uuid not null references customers(id),
  day          date not null,
  member_id    text not null references team_members(id),
  window_name  text not null,
  due_at       timestamptz not null,
  reminded_at  timestamptz not null,
  primary key (customer_id, day)
);
create index cadence_reminders_recent on cadence_reminders (customer_id, reminded_at);

-- Every follow-up that fell due and when it was done: the completion rate.
create table cadence_dues (
  customer_id  uuid not null references customers(id),
  due_at       timestamptz not null,
  member_id    text references team_members(id),
  tier         text not null,
  done_at      timestamptz,
  primary key (customer_id, due_at)
);
create index cadence_dues_member on cadence_dues (member_id, due_at);
create index cadence_dues_open on cadence_dues (customer_id) where done_at is null;

-- Escalations to a supervisor, once per cause (an overdue follow-up, a departed owner).
create table cadence_escalations (
  id             uuid primary key default gen_random_uuid(),
  customer_id    uuid not null references customers(id),
  reason         text not null check (reason in ('overdue', 'owner_left')),
  cause_key      text not null,               -- the due instant, or the departed owner's id
  member_id      text references team_members(id),
  supervisor_id  text references team_members(id),
  due_at         timestamptz,
  escalated_at   timestamptz not null,
  unique (customer_id, reason, cause_key)
);
create index cadence_escalations_at on cadence_escalations (escalated_at);

-- First-response clocks: started by a customer's inbound message, stopped by the rep's reply.
create table sla_clocks (
  id                uuid primary key default gen_random_uuid(),
  customer_id       uuid not null references customers(id),
  chat_id           text references chats(id),
  start_message_id  uuid unique references messages(id),
  owner_id          text references team_members(id),
  sla_class         text not null check (sla_class in ('high', 'normal', 'general')),
  started_at        timestamptz not null,
  due_at            timestamptz not null,
  stopped_at        timestamptz,
  stopped_by        text,
  breached_at       timestamptz
);
create unique index sla_clocks_one_open on sla_clocks (customer_id) where stopped_at is null;
create index sla_clocks_due on sla_clocks (due_at) where stopped_at is null and breached_at is null;
create index sla_clocks_owner on sla_clocks (owner_id, started_at);

-- Quarterly tier suggestions from revenue, numbered per supervisor so "accept 1,3" is unambiguous.
create table tier_suggestions (
  id             uuid primary key default gen_random_uuid(),
  quarter        text not null,
  seq            integer not null,
  supervisor_id  text not null references team_members(id),
  customer_id    uuid not null references customers(id),
  from_tier      text not null,
  to_tier        text not null,
  revenue_cny    numeric(16, 2) not null,
  status         text not null default 'pending' check (status in ('pending', 'accepted', 'dismissed')),
  decided_by     text references team_members(id),
  decided_at     timestamptz,
  created_at     timestamptz not null,
  unique (quarter, customer_id),
  unique (quarter, supervisor_id, seq)
);
create index tier_suggestions_pending on tier_suggestions (supervisor_id) where status = 'pending';
