-- The ledger: the agency's record of cases, people and money, shared with the web portal.
-- The phone line only reads it, except for the PIN credential, which both channels verify
-- and the remail worker re-issues.
-- Money is integer cents. Business dates are America/New_York calendar dates.

create schema if not exists ledger;

create table ledger.local_office (
    id          smallint primary key,
    code        text not null unique,
    name        text not null,
    street      text not null,
    city        text not null,
    state       char(2) not null,
    zip         char(5) not null check (zip ~ '^[0-9]{5}$'),
    phone       varchar(10) not null check (phone ~ '^[0-9]{10}$'),
    email       text not null,
    is_main     boolean not null default false
);
-- At most one main office: the one callers hear about before they are verified.
create unique index local_office_one_main on ledger.local_office (is_main) where is_main;

-- Opening hours, one row per weekday the office is open (ISO day: 1 = Monday .. 7 = Sunday).
create table ledger.office_hours (
    office_id   smallint not null references ledger.local_office (id),
    iso_day     smallint not null check (iso_day between 1 and 7),
    opens_at    time not null,
    closes_at   time not null check (closes_at > opens_at),
    primary key (office_id, iso_day)
);

-- Where noncustodial parents send payments (printed on the payment coupon). One row.
create table ledger.payment_address (
    id          boolean primary key default true check (id),
    payee       text not null,
    street      text not null,
    city        text not null,
    state       char(2) not null,
    zip         char(5) not null check (zip ~ '^[0-9]{5}$')
);

create table ledger.person (
    id                  bigint primary key,
    first_name          text not null,
    last_name           text not null,
    date_of_birth       date not null,
    -- Only the last four digits: the full SSN never leaves the agency's core system.
    ssn_last4           char(4) check (ssn_last4 ~ '^[0-9]{4}$'),
    preferred_language  char(2) not null default 'en' check (preferred_language in ('en', 'bn', 'sq')),
    street              text not null,
    unit                text,
    city                text not null,
    state               char(2) not null,
    zip                 char(5) not null check (zip ~ '^[0-9]{5}$')
);

create table ledger.support_case (
    id              bigint primary key,
    -- Ten digits keyed on a phone; the last is a Luhn check digit over the first nine.
    case_number     char(10) not null unique check (case_number ~ '^[0-9]{10}$'),
    office_id       smallint not null references ledger.local_office (id),
    opened_on       date not null
);

create table ledger.case_participant (
    case_id     bigint not null references ledger.support_case (id),
    person_id   bigint not null references ledger.person (id),
    role        text not null check (role in ('CUSTODIAL', 'NONCUSTODIAL')),
    primary key (case_id, person_id)
);
create index case_participant_person on ledger.case_participant (person_id);

-- A court order. Orders change over time (a modification ends one and starts another)
-- and a case may carry several at once (child support and medical support, say).
create table ledger.support_order (
    id              bigint primary key,
    case_id         bigint not null references ledger.support_case (id),
    kind            text not null default 'CHILD_SUPPORT' check (kind in ('CHILD_SUPPORT', 'MEDICAL_SUPPORT', 'SPOUSAL_SUPPORT')),
    amount_cents    bigint not null check (amount_cents > 0),
    frequency       text not null default 'MONTHLY' check (frequency in ('MONTHLY')),
    -- Day of the month the monthly amount is due.
    due_day         smallint not null default 1 check (due_day between 1 and 28),
    effective_from  date not null,
    effective_to    date,
    check (effective_to is null or effective_to >= effective_from)
);
create index support_order_case on ledger.support_order (case_id);

-- The monthly charge each order posts on the first of the month.
create table ledger.charge (
    id              bigint generated always as identity primary key,
    case_id         bigint not null references ledger.support_case (id),
    order_id        bigint not null references ledger.support_order (id),
    period          date not null check (extract(day from period) = 1),
    posted_on       date not null,
    due_on          date not null,
    amount_cents    bigint not null check (amount_cents > 0),
    unique (order_id, period)
);
create index charge_case on ledger.charge (case_id, period);

-- Money received from (or on behalf of) the noncustodial parent.
create table ledger.payment (
    id              bigint generated always as identity primary key,
    case_id         bigint not null references ledger.support_case (id),
    payer_id        bigint not null references ledger.person (id),
    received_on     date not null,
    amount_cents    bigint not null check (amount_cents > 0),
    method          text not null check (method in ('INCOME_WITHHOLDING', 'CHECK', 'MONEY_ORDER', 'ONLINE', 'TAX_OFFSET', 'UNEMPLOYMENT_INTERCEPT', 'CASH'))
);
create index payment_case on ledger.payment (case_id, received_on);

-- Money sent to the custodial parent.
create table ledger.disbursement (
    id              bigint generated always as identity primary key,
    case_id         bigint not null references ledger.support_case (id),
    payee_id        bigint not null references ledger.person (id),
    issued_on       date not null,
    amount_cents    bigint not null check (amount_cents > 0),
    method          text not null check (method in ('DIRECT_DEPOSIT', 'DEBIT_CARD', 'CHECK')),
    -- Only checks are mailed; a check not yet mailed has no date.
    check_mailed_on date,
    check (check_mailed_on is null or method = 'CHECK')
);
create index disbursement_case on ledger.disbursement (case_id, issued_on);

-- A correction by a caseworker: positive raises what is owed, negative lowers it.
create table ledger.adjustment (
    id              bigint generated always as identity primary key,
    case_id         bigint not null references ledger.support_case (id),
    posted_on       date not null,
    amount_cents    bigint not null check (amount_cents <> 0),
    reason          text not null
);
create index adjustment_case on ledger.adjustment (case_id, posted_on);

-- The monthly statement mailed to both parents, as the portal shows it.
create table ledger.monthly_notice (
    case_id             bigint not null references ledger.support_case (id),
    period              date not null check (extract(day from period) = 1),
    issued_on           date not null,
    amount_due_cents    bigint not null,
    amount_paid_cents   bigint not null,
    arrears_cents       bigint not null,
    primary key (case_id, period)
);

-- The account PIN both the portal and the phone verify. Never the PIN itself: a keyed hash
-- (HMAC-SHA-256 with a server-side key kept outside the database) and the key's version.
-- A person has at most one ACTIVE and at most one PENDING credential; a PENDING one (from
-- a re-mailed letter) replaces the ACTIVE one the first time it is used.
create table ledger.pin_credential (
    id              bigint generated always as identity primary key,
    person_id       bigint not null references ledger.person (id),
    pin_hash        bytea not null check (octet_length(pin_hash) = 32),
    key_version     smallint not null,
    status          text not null check (status in ('ACTIVE', 'PENDING', 'REVOKED')),
    issued_at       timestamptz not null,
    first_used_at   timestamptz,
    revoked_at      timestamptz
);
create unique index pin_credential_one_active on ledger.pin_credential (person_id) where status = 'ACTIVE';
create unique index pin_credential_one_pending on ledger.pin_credential (person_id) where status = 'PENDING';
