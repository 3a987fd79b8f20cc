-- A caseload slot names what it holds: the accepted referral that took it at the capacity decision,
-- and the enrollment it holds from then on (set in the enrolling transaction). Plain ids, no
-- foreign keys: capacity keeps its own table and knows of participants only the ids it is given.
-- Written for PostgreSQL and H2 alike (the one-command start).
alter table caseload_assignment add column referral_id bigint;
alter table caseload_assignment add column enrollment_id bigint;

update caseload_assignment
set referral_id = cast(substr(participant_ref, 10) as bigint)
where participant_ref like 'referral-%';
update caseload_assignment
set enrollment_id = (select enrollment.id from enrollment
                     where enrollment.referral_id = caseload_assignment.referral_id);
-- a slot no referral took (none in a program's data) cannot be released or moved by anyone
delete from caseload_assignment where referral_id is null;

alter table caseload_assignment alter column referral_id set not null;
drop index caseload_assignment_participant;
alter table caseload_assignment drop column participant_ref;

create index caseload_assignment_referral on caseload_assignment (referral_id);
create index caseload_assignment_enrollment on caseload_assignment (enrollment_id);
