-- The team cached per replica (issue 16). Each replica keeps the member list in memory
-- and asks this one row, once per message, whether it has moved. Every statement that
-- writes team_members takes the next version inside its own transaction, so whatever
-- path writes the team (console, invites, directory sync, imports, plain SQL), every
-- replica sees the change on its next message.
create table team_version (
  id       boolean primary key default true check (id),
  version  bigint not null
);
insert into team_version (id, version) values (true, 0);

create function team_changed() returns trigger language plpgsql as $$
begin
  update team_version set version = version + 1;
  return null;
end $$;

create trigger team_members_changed after insert or update or delete or truncate on team_members
  for each statement execute function team_changed();
