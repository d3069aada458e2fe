-- What the phone service owns: PIN attempts and locks, PIN-letter remail requests, call audit.
-- Never a PIN, a date of birth or the digits a caller keyed.

create schema if not exists ivr;

-- One row per PIN check against a case (not per person: a wrong PIN does not say whose it was).
create table ivr.pin_attempt (
    id              bigint generated always as identity primary key,
    case_id         bigint not null references ledger.support_case (id),
    attempted_at    timestamptz not null,
    succeeded       boolean not null,
    line            text not null check (line in ('helpline', 'tty')),
    call_id         text not null
);
create index pin_attempt_case on ivr.pin_attempt (case_id, attempted_at);

create table ivr.account_lock (
    case_id         bigint primary key references ledger.support_case (id),
    locked_until    timestamptz not null,
    lock_count      integer not null check (lock_count > 0),
    locked_at       timestamptz not null
);

create table ivr.print_batch (
    id              bigint generated always as identity primary key,
    created_at      timestamptz not null,
    mailed_at       timestamptz,
    mailed_by       text
);

create table ivr.remail_request (
    id              bigint generated always as identity primary key,
    person_id       bigint not null references ledger.person (id),
    case_id         bigint not null references ledger.support_case (id),
    requested_at    timestamptz not null,
    channel         text not null check (channel in ('helpline', 'tty', 'staff')),
    requested_by    text,
    reason          text,
    status          text not null check (status in ('QUEUED', 'PRINTED', 'MAILED', 'CANCELLED')),
    print_batch_id  bigint references ivr.print_batch (id),
    status_changed_at timestamptz not null
);
-- One open request per person: the database enforces it, so two calls at once cannot both queue.
create unique index remail_request_one_open on ivr.remail_request (person_id) where status in ('QUEUED', 'PRINTED');
create index remail_request_status on ivr.remail_request (status, requested_at);

create table ivr.call_audit (
    id                  bigint generated always as identity primary key,
    call_id             text not null,
    line                text not null,
    language            char(2),
    started_at          timestamptz not null,
    ended_at            timestamptz not null,
    case_id             bigint references ledger.support_case (id),
    role                text check (role in ('CUSTODIAL', 'NONCUSTODIAL')),
    verification        text not null,
    information_given   text[] not null default '{}',
    remail_outcome      text,
    transfer_outcome    text,
    end_reason          text not null
);
create index call_audit_started on ivr.call_audit (started_at);
