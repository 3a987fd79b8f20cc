-- A caseload slot names what it holds: the accepted referral that took it at the capacity
-- decision, and the enrollment it holds from then on (set in the enrolling transaction).
-- Plain ids, no foreign keys: capacity keeps its own table and knows of participants only
-- the ids it is given.
alter table caseload_assignment add column referral_id bigint;
alter table caseload_assignment add column enrollment_id bigint;

update caseload_assignment
set referral_id = substring(participant_ref from length('referral-') + 1)::bigint
where participant_ref ~ '^referral-[0-9]+$';
update caseload_assignment slot
set enrollment_id = enrollment.id
from enrollment
where enrollment.referral_id = slot.referral_id;
-- a slot no referral took (none in a program's data) cannot be released or moved by anyone
delete from caseload_assignment where referral_id is null;

alter table caseload_assignment alter column referral_id set not null;
drop index caseload_assignment_participant;
alter table caseload_assignment drop column participant_ref;

-- one slot held at a time per enrollment and per referral: the cap counts people
create unique index caseload_assignment_held_enrollment on caseload_assignment (enrollment_id)
    where released_at is null;
create unique index caseload_assignment_held_referral on caseload_assignment (referral_id)
    where released_at is null;
create index caseload_assignment_enrollment on caseload_assignment (enrollment_id);
