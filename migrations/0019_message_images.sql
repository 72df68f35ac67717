-- Pictures that came with a message (issue 19): a forwarded chat screenshot is read into
-- needs like a forwarded text. A picture that came with its bytes (the console, WhatsApp
-- Web) is stored with the message, in the same transaction, before the ack; one that came
-- as a platform reference (WeCom MediaId, DingTalk downloadCode, WhatsApp media id) is
-- stored as the reference and the worker downloads the bytes later. One row per picture,
-- in the order the message carried them.
create table message_images (
  message_id  uuid not null references messages(id) on delete cascade,
  ordinal     int not null,
  ref         text,
  hint        jsonb,
  mime        text,
  data        bytea,
  bytes       int,
  sha256      text,
  width       int,
  height      int,
  -- stored: bytes here, not read yet; pending-download: only the reference;
  -- read: the reading is in `reading`; unreadable: refused or failed, `error` says why.
  state       text not null default 'stored'
              check (state in ('stored', 'pending-download', 'read', 'unreadable')),
  reading     jsonb,
  confidence  real,
  error       text,
  -- The first message of the run of screenshots this one was filed with (issue 19: several
  -- screenshots of one chat are one forward), so the customer page shows them together.
  run_start   uuid,
  created_at  timestamptz not null default now(),
  primary key (message_id, ordinal)
);
