-- Handover (issue 7): a batch groups the per-customer handovers started by one
-- command (one customer, or all of a departing rep's customers split among
-- receivers). Sign-off is per member and per customer, so a tier-A customer can
-- require every responsible to sign; ownership moves only when all have signed.

create sequence handover_batch_seq;

create table handover_batches (
  id              text primary key,              -- 'HO-12': short enough to type in "/ack HO-12"
  kind            text not null check (kind in ('customer', 'departure', 'stage')),
  from_member_id  text references team_members(id),
  stage           text check (stage in ('sales', 'fulfilment', 'after_sales', 'technical')),
  split           text not null default 'single' check (split in ('single', 'round_robin', 'balanced')),
  created_by      text not null references team_members(id),
  created_at      timestamptz not null,
  due_at          timestamptz not null,          -- sign-off deadline (working days)
  lang            text not null default 'zh' check (lang in ('zh', 'en'))
);

alter table handovers add column batch_id text references handover_batches(id);
alter table handovers add column refuse_reason text;
alter table handovers add column closed_at timestamptz;
-- Departure only: until when the former owner is kept away from this customer.
alter table handovers add column quarantine_until timestamptz;
create index handovers_batch on handovers (batch_id);
create index handovers_departure on handovers (customer_id, kind, status);

-- Everyone who received a batch's package: the receiver(s) and, for tier-A
-- customers, the other responsibles. The token makes the package link personal
-- (the page filters by the viewer's role).
create table handover_recipients (
  batch_id      text not null references handover_batches(id),
  member_id     text not null references team_members(id),
  role          text not null check (role in ('receiver', 'sales', 'fulfilment', 'after_sales', 'technical')),
  token         text not null unique,
  status        text not null default 'pending' check (status in ('pending', 'signed', 'refused', 'expired')),
  decided_at    timestamptz,
  reason        text,
  escalated_at  timestamptz,
  primary key (batch_id, member_id)
);
create index handover_recipients_member on handover_recipients (member_id, status);

create table handover_signoffs (
  handover_id  uuid not null references handovers(id),
  member_id    text not null references team_members(id),
  role         text not null,
  signed_at    timestamptz,
  primary key (handover_id, member_id)
);

create table handover_questions (
  id           uuid primary key default gen_random_uuid(),
  batch_id     text not null references handover_batches(id),
  asked_by     text not null references team_members(id),
  asked_to     text not null references team_members(id),
  question     text not null,
  asked_at     timestamptz not null,
  answer       text,
  answered_by  text references team_members(id),
  answered_at  timestamptz
);
create index handover_questions_open on handover_questions (asked_to, answered_at);

-- Weekly check-ins with the receiver during the month after a departure.
create table handover_checkins (
  batch_id     text not null references handover_batches(id),
  member_id    text not null references team_members(id),
  week         text not null,                    -- ISO week, e.g. '2026-W48'
  asked_at     timestamptz not null,
  answer       text,
  answered_at  timestamptz,
  primary key (batch_id, member_id, week)
);
