-- Customer mentions through an index (issue 16). Each replica keeps an in-memory
-- index of customer names, codes, aliases and contact names; these tables tell it
-- what changed since it last looked. Every statement that changes one of those
-- columns takes the next version (one row, updated inside the writing transaction, so
-- versions become visible in commit order) and logs the customers it touched.
-- customer_id null means "reload everything" (truncate).
create table customer_mention_version (
  id       boolean primary key default true check (id),
  version  bigint not null
);
insert into customer_mention_version (id, version) values (true, 0);

create table customer_mention_changes (
  version      bigint not null,
  customer_id  uuid
);
create index customer_mention_changes_version on customer_mention_changes (version);

create function customer_mentions_changed() returns trigger language plpgsql as $$
declare
  v bigint;
  ids uuid[];
begin
  if tg_op = 'TRUNCATE' then
    ids := array[null::uuid];
  elsif tg_table_name = 'customers' and tg_op = 'UPDATE' then
    -- Most updates (last contact, next follow-up, owner) change no name: they take no version.
    select array_agg(n.id) into ids from new_rows n join old_rows o on o.id = n.id
      where n.name is distinct from o.name or n.code is distinct from o.code or n.aliases is distinct from o.aliases;
  elsif tg_table_name = 'customers' and tg_op = 'INSERT' then
    select array_agg(id) into ids from new_rows;
  elsif tg_table_name = 'customers' then
    select array_agg(id) into ids from old_rows;
  elsif tg_op = 'UPDATE' then
    select array_agg(distinct x) into ids from (
      select unnest(array[n.customer_id, o.customer_id]) x from new_rows n join old_rows o on o.id = n.id
        where n.name is distinct from o.name or n.customer_id is distinct from o.customer_id) c;
  elsif tg_op = 'INSERT' then
    select array_agg(distinct customer_id) into ids from new_rows;
  else
    select array_agg(distinct customer_id) into ids from old_rows;
  end if;
  if ids is null then
    return null;
  end if;
  update customer_mention_version set version = version + 1 returning version into v;
  insert into customer_mention_changes (version, customer_id) select v, unnest(ids);
  return null;
end $$;

create trigger customers_mentions_insert after insert on customers
  referencing new table as new_rows for each statement execute function customer_mentions_changed();
create trigger customers_mentions_update after update on customers
  referencing old table as old_rows new table as new_rows for each statement execute function customer_mentions_changed();
create trigger customers_mentions_delete after delete on customers
  referencing old table as old_rows for each statement execute function customer_mentions_changed();
create trigger customers_mentions_truncate after truncate on customers
  for each statement execute function customer_mentions_changed();
create trigger contacts_mentions_insert after insert on contacts
  referencing new table as new_rows for each statement execute function customer_mentions_changed();
create trigger contacts_mentions_update after update on contacts
  referencing old table as old_rows new table as new_rows for each statement execute function customer_mentions_changed();
create trigger contacts_mentions_delete after delete on contacts
  referencing old table as old_rows for each statement execute function customer_mentions_changed();
create trigger contacts_mentions_truncate after truncate on contacts
  for each statement execute function customer_mentions_changed();

-- Asking by code or alias ("SC-002926 要什么？"): exact lookups by index (contact names: 0002).
create function baton_lower_all(text[]) returns text[] language sql immutable parallel safe as $$
  select coalesce(array_agg(lower(x)), '{}') from unnest($1) x
$$;
create index customers_code_lower on customers (lower(code));
-- fastupdate off: no pending list after a bulk import, so the planner's estimate of this index stays true.
create index customers_aliases_lower on customers using gin (baton_lower_all(aliases)) with (fastupdate = off);
