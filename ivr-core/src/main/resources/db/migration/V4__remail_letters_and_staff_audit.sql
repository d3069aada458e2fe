-- PIN-letter remail: limits, the PIN each printed request issued, the batch documents staff
-- download for the mail house, and the audit trail of what staff do in the console.
-- Still never a PIN, a date of birth or a full SSN: the new PIN is only inside the batch's PDF,
-- which is erased once the batch is marked mailed.

-- A phone request over the limit (3 letters per person per 90 days) is kept as REFUSED, so staff see it
-- flagged in the console. REFUSED and CANCELLED requests do not count towards the limit.
alter table ivr.remail_request drop constraint remail_request_status_check;
alter table ivr.remail_request add constraint remail_request_status_check
    check (status in ('QUEUED', 'PRINTED', 'MAILED', 'CANCELLED', 'REFUSED'));

-- The PENDING credential the printed letter carries. No foreign key: the demo loader empties and
-- refills ledger.pin_credential on its own, which a reference from here would forbid.
alter table ivr.remail_request add column pin_credential_id bigint;
alter table ivr.remail_request add constraint remail_request_printed_has_pin
    check (status not in ('PRINTED', 'MAILED') or (print_batch_id is not null and pin_credential_id is not null));
create index remail_request_person_recent on ivr.remail_request (person_id, requested_at);
create index remail_request_batch on ivr.remail_request (print_batch_id) where print_batch_id is not null;

-- The batch's letters as one PDF, until the batch is mailed; then only the record stays.
alter table ivr.print_batch add column letters integer not null default 0 check (letters >= 0);
alter table ivr.print_batch add column printed_by text not null default 'worker';
alter table ivr.print_batch add column document bytea;
alter table ivr.print_batch add column document_bytes integer;
alter table ivr.print_batch add constraint print_batch_mailed_has_no_document
    check (mailed_at is null or document is null);

-- Who did what in the staff console, when, and why. Ids only, no names: the names are in the ledger.
-- No foreign keys: the trail outlives what it points at.
create table ivr.staff_action (
    id                  bigint generated always as identity primary key,
    at                  timestamptz not null,
    staff_user          text not null,
    staff_role          text not null check (staff_role in ('staff', 'supervisor', 'unknown')),
    action              text not null check (action ~ '^[a-z][a-z_]{0,39}$'),
    outcome             text not null check (outcome ~ '^[a-z][a-z_]{0,39}$'),
    case_id             bigint,
    person_id           bigint,
    remail_request_id   bigint,
    print_batch_id      bigint,
    reason              text check (char_length(reason) <= 500)
);
create index staff_action_at on ivr.staff_action (at);
create index staff_action_case on ivr.staff_action (case_id, at) where case_id is not null;
