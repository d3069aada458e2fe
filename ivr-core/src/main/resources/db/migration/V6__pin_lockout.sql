-- Lockout across calls (issue 9). The attempts table already holds every PIN check of an existing
-- case; now it also says which were refused without comparing the PIN (the account was locked), and
-- which caller number tried, so one number cannot spread its guesses over many cases. An attempt on a
-- case number that does not exist is recorded too, without a case, for the same reason.
alter table ivr.pin_attempt alter column case_id drop not null;
alter table ivr.pin_attempt add column compared boolean not null default true;
-- The caller id number as Asterisk gave it, digits only, or 'withheld': never a digit the caller keyed.
alter table ivr.pin_attempt add column caller text not null default 'withheld';
create index pin_attempt_caller_failures on ivr.pin_attempt (caller, attempted_at) where not succeeded and compared;
