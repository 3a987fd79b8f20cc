-- The fidelity report counts each month's contacts over the whole program: by time, with
-- what the count needs in the index itself (columns, not INCLUDE: H2 runs these too).
create index contact_occurred_at on contact (occurred_at, participant_id, place, with_participant);
