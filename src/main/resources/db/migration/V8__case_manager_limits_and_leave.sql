-- Each case manager's own limit (part time, newly hired; empty: the site's cap), and leave:
-- away from one day to another, covered by a colleague. A capacity decision keeps the
-- full-time equivalents its averages were computed over.
alter table case_manager add column caseload_limit integer;
alter table case_manager add column away_from date;
alter table case_manager add column away_until date;
alter table case_manager add column covered_by varchar(64);
alter table capacity_decision add column full_time_equivalents double precision;
