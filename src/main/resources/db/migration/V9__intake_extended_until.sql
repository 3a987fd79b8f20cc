-- A supervisor's extension of the intake window, kept with the enrollment: the case file,
-- My participants and the program view read the deadline from here, not from the process.
alter table enrollment add column intake_extended_until timestamp;
