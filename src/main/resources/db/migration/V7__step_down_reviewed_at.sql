-- A step-down review keeps when the step-down was raised (proposed_at) and when the supervisor
-- decided (reviewed_at). Reviews filed before this held the decision time in proposed_at: it is
-- their review time; when they were raised is not known.
alter table step_down_review add column reviewed_at timestamp;
update step_down_review set reviewed_at = proposed_at;
alter table step_down_review alter column reviewed_at set not null;
