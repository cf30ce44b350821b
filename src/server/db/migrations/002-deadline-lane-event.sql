-- The error page's "Payroll or a filing due within a day?" lane, opened: an event of its own
-- (issue 22). Widens the check on `kind`; rows already stored are untouched.
alter table outcome_events drop constraint outcome_events_kind_check;
alter table outcome_events add constraint outcome_events_kind_check check (
  kind in (
    'guide-started', 'start-over', 'deadline-lane', 'node-reached', 'back', 'answer-changed',
    'answer', 'fix-outcome', 'helpful'
  )
);
