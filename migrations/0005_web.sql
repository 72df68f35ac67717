-- The web workspace: one-time sign-in links sent in chat, and browser sessions.
-- Only SHA-256 hashes of the secrets are stored, so a database dump signs nobody in.

create table web_login_tokens (
  token_hash  text primary key,                 -- sha256 hex of the token in the link
  member_id   text not null references team_members(id),
  created_at  timestamptz not null,
  expires_at  timestamptz not null,             -- 15 minutes after created_at
  used_at     timestamptz                       -- set once; a used link is refused
);
create index web_login_tokens_member on web_login_tokens (member_id, created_at);

create table web_sessions (
  id_hash       text primary key,               -- sha256 hex of the random id in the cookie
  member_id     text not null references team_members(id),
  created_at    timestamptz not null,
  expires_at    timestamptz not null,
  last_seen_at  timestamptz not null,
  revoked_at    timestamptz
);
create index web_sessions_member on web_sessions (member_id);
