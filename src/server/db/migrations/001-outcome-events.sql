-- Outcome events: one row per event of a walk through a guide.
-- Nothing here identifies a person: no address, no user agent, no cookie, no exact time.
-- `walk` is a random id made in the page for one walk; `hour` is the hour the server received
-- the event (rounded down); `seq` is the event's place in its walk.
create table outcome_events (
  id bigint generated always as identity primary key,
  hour timestamptz not null,
  error text not null,
  walk text not null,
  seq integer not null,
  mode text not null check (mode in ('owner', 'agent')),
  kind text not null check (
    kind in (
      'guide-started', 'start-over', 'node-reached', 'back', 'answer-changed',
      'answer', 'fix-outcome', 'helpful'
    )
  ),
  node text,
  choice smallint,
  yes boolean,
  -- A batch sent twice (a retry after a lost answer) is stored once.
  unique (walk, seq)
);

create index outcome_events_error_hour on outcome_events (error, hour);
