-- A large program's year, written straight into Waypoint's tables (the program view reads
-- nothing else): 10,000 participants referred over 400 days to 400 case managers, 8,000 on
-- a caseload now (active, engaging, in the wind, inactive), 2,000 discharged with their
-- follow-up check-ins; a contact a week while enrolled, two warm handoffs each, a crisis for
-- one in ten, a release each, and 1,000 referrals declined. Ids start at 1,000,000, clear of
-- what the tests before it wrote. :now is the application's clock, written in by the benchmark.
create temporary table bench (g integer primary key, received_at timestamp, door varchar(40),
    status varchar(20), case_manager varchar(64), intake_at timestamp, last_seen timestamp,
    ended_at timestamp);

insert into bench
select g,
       :now - interval '1 day' * (2 + 400.0 * (10000 - g) / 10000),
       (array['LAW_ENFORCEMENT_ARREST_DIVERSION','LAW_ENFORCEMENT_SOCIAL_CONTACT','COMMUNITY','PRETRIAL_DIVERSION'])[1 + g % 4],
       case when g <= 1000 then 'CLOSED' when g <= 2000 then 'DISCHARGED' when g > 9700 then 'ENGAGING'
            when g % 50 = 0 then 'IN_THE_WIND' when g % 50 = 1 then 'INACTIVE' else 'ACTIVE' end,
       'bench-cm-' || lpad((1 + g % 400)::text, 3, '0'), null, null, null
from generate_series(1, 10000) g;

update bench set intake_at = received_at + interval '1 hour' + interval '1 day' * (g % 25)
where status <> 'ENGAGING';
update bench set ended_at = intake_at + interval '180 days' where status in ('CLOSED', 'DISCHARGED');
update bench set last_seen = case status
    when 'ACTIVE' then :now - interval '1 day' * (g % 9)
    when 'IN_THE_WIND' then :now - interval '1 day' * (35 + g % 60)
    when 'INACTIVE' then :now - interval '1 day' * (100 + g % 60)
    else ended_at end
where intake_at is not null;

insert into case_manager (user_id, active)
select 'bench-cm-' || lpad(m::text, 3, '0'), true from generate_series(1, 400) m;

insert into referral (id, door, submitted_by, first_name, last_name, status, received_at)
select 1000000 + g, door, 'bench-partner', 'Bench', 'Person ' || g,
       case when status = 'ENGAGING' then 'ACCEPTED' when status = 'CLOSED' then 'COMPLETED' else 'ENROLLED' end,
       received_at
from bench;
insert into referral (id, door, submitted_by, first_name, last_name, status, received_at, closed_at)
select 1000000 + 10000 + d, 'COMMUNITY', 'bench-partner', 'Bench', 'Declined ' || d, 'DECLINED',
       :now - interval '1 day' * (2 + 400.0 * d / 1000), :now - interval '1 day' * (2 + 400.0 * d / 1000)
from generate_series(1, 1000) d;

insert into capacity_decision (id, referral_id, priority, active_case_managers, total_caseload,
    expected_priority_referrals, average_after_acceptance, decision, over_average, reason,
    decision_definition_id, decision_version, assigned_case_manager, decided_at, full_time_equivalents)
select 1000000 + g, 1000000 + g, case when door = 'COMMUNITY' then 'COMMUNITY' else 'LAW_ENFORCEMENT' end,
       400, 7900, 0, 19.8, 'ACCEPT', false, 'Room on the caseloads', 'referral-admission', 1, case_manager,
       received_at + interval '1 hour', 400
from bench;
insert into capacity_decision (id, referral_id, priority, active_case_managers, total_caseload,
    expected_priority_referrals, average_after_acceptance, decision, over_average, reason,
    decision_definition_id, decision_version, decided_at, full_time_equivalents)
select id, id, 'COMMUNITY', 400, 8000, 0, 20.0, 'DECLINE', false, 'The average would pass 20',
       'referral-admission', 1, received_at, 400
from referral where id > 1010000;

insert into participant (id, first_name, last_name, status, status_since, case_manager_id,
    service_model, contact_every_days, in_the_wind_since, crisis_open)
select 1000000 + g, 'Bench', 'Person ' || g, status, coalesce(ended_at, intake_at, received_at), case_manager,
       case when g % 10 = 5 then 'ACT' else 'BASIC' end, 7,
       case when status in ('IN_THE_WIND', 'INACTIVE') then last_seen + interval '30 days' end,
       status = 'ACTIVE' and g % 200 = 7
from bench;

insert into enrollment (id, participant_id, referral_id, case_number, door, enrolled_at,
    intake_completed_at, ended_at, end_reason)
select 1000000 + g, 1000000 + g, 1000000 + g, 'BENCH-' || lpad(g::text, 5, '0'), door,
       received_at + interval '1 hour', intake_at, ended_at,
       case when ended_at is not null then 'PROGRAM_COMPLETION' end
from bench;

insert into caseload_assignment (case_manager_id, referral_id, enrollment_id, assigned_at, released_at)
select case_manager, 1000000 + g, 1000000 + g, received_at + interval '1 hour', ended_at from bench;

insert into contact (participant_id, staff_user_id, occurred_at, place, with_participant, note, recorded_by,
    recorded_at)
select 1000000 + g, case_manager, seen, (array['FIELD','OFFICE','PHONE','JAIL','HOSPITAL','SHELTER'])[1 + (g + week) % 6],
       (g + week) % 5 <> 0, 'Talked about housing and the clinic', case_manager, seen
from bench,
     lateral generate_series(0, (extract(epoch from last_seen - intake_at) / 604800)::integer) week,
     lateral (select last_seen - interval '7 days' * week as seen) at_time
where intake_at is not null;

insert into handoff (participant_id, service_type, origin, provider_name, requested_by, requested_at, appointments,
    outcome, confirmed_with, closed_by, closed_at)
select 1000000 + g, (array['MENTAL_HEALTH','SUBSTANCE_USE_TREATMENT','HOUSING','BENEFITS_INCOME','HEALTH_CARE'])[1 + (g + n) % 5],
       'CASE_MANAGER', 'Provider ' || (g % 40), case_manager, intake_at + interval '20 days' * n, 1,
       (array['ENGAGED','ENGAGED','NOT_ENGAGED','PHONE_REFERRAL_ONLY','DECLINED_BY_PARTICIPANT'])[1 + (g * n) % 5],
       'PARTICIPANT', case_manager, intake_at + interval '20 days' * n + interval '14 days'
from bench, generate_series(1, 2) n
where intake_at is not null and intake_at + interval '20 days' * n + interval '14 days' < :now;

insert into crisis (participant_id, kind, description, reported_by, reported_at, responded_by, responded_at, response,
    resolved_at)
select 1000000 + g, (array['MENTAL_HEALTH_CRISIS','RELAPSE','ARREST','HOSPITALIZATION','EVICTION'])[1 + g % 5],
       'Called from the shelter', case_manager, intake_at + interval '30 days', case_manager,
       intake_at + interval '30 days' + interval '1 hour' * (1 + g % 30), 'Met them there',
       intake_at + interval '32 days'
from bench where intake_at is not null and g % 10 = 3 and intake_at + interval '32 days' < :now;
insert into crisis (participant_id, kind, description, reported_by, reported_at)
select 1000000 + g, 'EVICTION', 'Notice to leave today', case_manager, :now - interval '5 hours'
from bench where status = 'ACTIVE' and g % 200 = 7;

insert into release_of_information (participant_id, party, party_name, scopes, purpose, effective_from, expires_on,
    signed_on, explained, recorded_by, recorded_at)
select 1000000 + g, 'PROBATION', 'County probation', 'PARTICIPATION', 'Diversion compliance',
       cast(received_at as date), cast(:now as date) + (g % 365), cast(received_at as date), true, case_manager,
       received_at
from bench where intake_at is not null;

insert into follow_up (id, participant_id, discharged_at, follow_up_worker, outcome, closed_at)
select 1000000 + g, 1000000 + g, ended_at, case_manager,
       case when status = 'CLOSED' then 'COMPLETED' end, case when status = 'CLOSED' then ended_at + interval '91 days' end
from bench where ended_at is not null;

insert into check_in (follow_up_id, check_in_day, attempt, reached, crisis, note, recorded_by, recorded_at)
select 1000000 + g, day, 1, g % 5 <> 0, false, 'Called', case_manager, ended_at + interval '1 day' * day
from bench, unnest(array[7, 30, 60, 90]) day
where ended_at is not null and ended_at + interval '1 day' * day < :now;

drop table bench;
