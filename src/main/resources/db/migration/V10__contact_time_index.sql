-- The fidelity report counts each month's contacts over the whole program: by time, with
-- what the count needs in the index itself.
create index contact_occurred_at on contact (occurred_at) include (participant_id, place, with_participant);
