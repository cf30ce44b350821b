-- A situation chosen on an error page ("sounds like me", or a fix in the deadline lane): an
-- event of its own (issue 22), with the situation's place in the error's list in `choice`.
-- Widens the check on `kind`; rows already stored are untouched.
alter table outcome_events drop constraint outcome_events_kind_check;
alter table outcome_events add constraint outcome_events_kind_check check (
  kind in (
    'guide-started', 'start-over', 'deadline-lane', 'situation-chosen', 'node-reached', 'back',
    'answer-changed', 'answer', 'fix-outcome', 'helpful'
  )
);
