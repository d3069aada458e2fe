-- A right PIN checked and recorded in one statement (issue 19), when the server already knows whose
-- PINs the case's parents hold. The PIN's hash is keyed with a key the database never sees
-- (gov.ocss.ivr.pin.PinHasher) and mixes in the person's id, so the server can hash the keyed PIN for
-- each parent before it asks, and this function compares those hashes with the stored ones: the key
-- stays out of the database and the hashes it is sent are of the kind it already stores.
--
-- It decides only the plain case, a right PIN of one parent's ACTIVE credential, and the refusals the
-- full check would give before comparing anything: a throttled number, a locked account. Anything else
-- (an unknown case, no match, a PENDING PIN's first use, a credential it was sent no hash for, two
-- parents matched) is UNDECIDED: nothing is written and gov.ocss.ivr.verification.PinCheck runs the
-- full check, whose rules (the lockout after a wrong PIN) stay in Java.
--
-- Both functions pass the same gate first, ivr.pin_check_gate: the caller's and the case's advisory
-- locks in that order (so checks by either way, or by an older server, serialise), the throttle and
-- the account lock. In autocommit the locks are held to the end of the statement, which writes the
-- attempt; ivr.pin_check_facts, redefined here on the gate with what it returns unchanged, holds them
-- to the end of the full check's transaction.

create function ivr.pin_check_gate(
    p_caller       text,        -- the throttle's key for the caller's number; null when there is no throttle
    p_since        timestamptz, -- the start of the throttle's window
    p_skip         integer,     -- the throttle's allowance less one
    p_case_number  bpchar,      -- bpchar like the column, so its unique index finds the case
    p_now          timestamptz,
    out throttle_failure_at timestamptz, -- set when the caller's number is throttled; nothing else is read
    out case_id             bigint,      -- null when the case does not exist
    out office_id           integer,
    out locked_until        timestamptz) -- set when the case's account is locked
language plpgsql
as $$
begin
    if p_caller is not null then
        -- The same lock names as gov.ocss.ivr.db.TransactionLock, held to the end of the transaction.
        perform pg_advisory_xact_lock(hashtextextended('ivr.pin_attempt.caller:' || p_caller, 0));
        select a.attempted_at into throttle_failure_at
          from ivr.pin_attempt a
         where a.caller = p_caller and not a.succeeded and a.compared and a.attempted_at > p_since
         order by a.attempted_at desc
         offset p_skip limit 1;
        if throttle_failure_at is not null then
            return;
        end if;
    end if;

    select c.id, c.office_id into case_id, office_id
      from ledger.support_case c where c.case_number = p_case_number;
    if case_id is null then
        return;
    end if;
    perform pg_advisory_xact_lock(hashtextextended('ivr.pin_attempt.case:' || case_id, 0));

    select l.locked_until into locked_until
      from ivr.account_lock l where l.case_id = pin_check_gate.case_id and l.locked_until > p_now;
end;
$$;

create or replace function ivr.pin_check_facts(
    p_caller       text,
    p_since        timestamptz,
    p_skip         integer,
    p_case_number  bpchar,
    p_now          timestamptz)
returns table (
    throttle_failure_at timestamptz,
    case_id             bigint,
    office_id           integer,
    locked_until        timestamptz,
    person_id           bigint,
    role                text,
    first_name          text,
    last_name           text,
    preferred_language  text,
    credential_id       bigint,
    status              text,
    pin_hash            bytea,
    key_version         integer)
language plpgsql
as $$
declare
    v_gate  record;
begin
    select * into v_gate from ivr.pin_check_gate(p_caller, p_since, p_skip, p_case_number, p_now);
    throttle_failure_at := v_gate.throttle_failure_at;
    case_id := v_gate.case_id;
    office_id := v_gate.office_id;
    locked_until := v_gate.locked_until;
    if v_gate.throttle_failure_at is not null or v_gate.case_id is null or v_gate.locked_until is not null then
        return next;
        return;
    end if;

    return query
        select null::timestamptz, v_gate.case_id, v_gate.office_id, null::timestamptz,
               p.id, cp.role, p.first_name, p.last_name, p.preferred_language::text,
               cr.id, cr.status, cr.pin_hash, cr.key_version::integer
          from ledger.case_participant cp
          join ledger.person p on p.id = cp.person_id
          join ledger.pin_credential cr on cr.person_id = p.id and cr.status in ('ACTIVE', 'PENDING')
         where cp.case_id = v_gate.case_id
         order by cp.role, p.id, cr.status;
    if not found then
        return next;
    end if;
end;
$$;

-- ivr.pin_check_known's one row: outcome is THROTTLED (at: the failure that throttles; nothing
-- written), LOCKED (at: the end of the lock; the attempt written as not compared), VERIFIED (the case
-- and the parent; the attempt written as succeeded) or UNDECIDED.
create function ivr.pin_check_known(
    p_caller       text,        -- as ivr.pin_check_facts
    p_since        timestamptz,
    p_skip         integer,
    p_case_number  bpchar,
    p_now          timestamptz,
    p_person_ids   bigint[],    -- with p_key_versions and p_hashes: the keyed PIN hashed for this person under this key
    p_key_versions integer[],
    p_hashes       bytea[],
    p_line         text,        -- the attempt as ivr.pin_attempt records it
    p_call_id      text,
    p_caller_key   text)
returns table (
    outcome             text,
    at                  timestamptz,
    case_id             bigint,
    office_id           integer,
    person_id           bigint,
    role                text,
    first_name          text,
    last_name           text,
    preferred_language  text)
language plpgsql
as $$
declare
    v_gate      record;
    v_unhashed  boolean;
    v_people    integer;
    v_person    bigint;
    v_active    boolean;
begin
    select * into v_gate from ivr.pin_check_gate(p_caller, p_since, p_skip, p_case_number, p_now);
    if v_gate.throttle_failure_at is not null then
        return query select 'THROTTLED'::text, v_gate.throttle_failure_at, null::bigint, null::integer, null::bigint,
                            null::text, null::text, null::text, null::text;
        return;
    end if;
    if v_gate.case_id is null then
        return query select 'UNDECIDED'::text, null::timestamptz, null::bigint, null::integer, null::bigint,
                            null::text, null::text, null::text, null::text;
        return;
    end if;
    if v_gate.locked_until is not null then
        insert into ivr.pin_attempt (case_id, attempted_at, succeeded, compared, line, call_id, caller)
        values (v_gate.case_id, p_now, false, false, p_line, p_call_id, p_caller_key);
        return query select 'LOCKED'::text, v_gate.locked_until, v_gate.case_id, v_gate.office_id, null::bigint,
                            null::text, null::text, null::text, null::text;
        return;
    end if;

    -- Each live credential of the case's parents against the hash the server sent for it, if any.
    with live as (
        select cr.person_id, cr.status, k.hash is null as unhashed, k.hash = cr.pin_hash as matches
          from ledger.case_participant cp
          join ledger.pin_credential cr on cr.person_id = cp.person_id and cr.status in ('ACTIVE', 'PENDING')
          left join unnest(p_person_ids, p_key_versions, p_hashes) as k(person_id, key_version, hash)
                 on k.person_id = cr.person_id and k.key_version = cr.key_version
         where cp.case_id = v_gate.case_id)
    select coalesce(bool_or(unhashed), false),
           count(distinct live.person_id) filter (where matches),
           min(live.person_id) filter (where matches),
           coalesce(bool_or(matches and status = 'ACTIVE'), false)
      into v_unhashed, v_people, v_person, v_active
      from live;
    if v_unhashed or v_people <> 1 or not v_active then
        return query select 'UNDECIDED'::text, null::timestamptz, v_gate.case_id, v_gate.office_id, null::bigint,
                            null::text, null::text, null::text, null::text;
        return;
    end if;

    insert into ivr.pin_attempt (case_id, attempted_at, succeeded, compared, line, call_id, caller)
    values (v_gate.case_id, p_now, true, true, p_line, p_call_id, p_caller_key);
    return query
        select 'VERIFIED'::text, null::timestamptz, v_gate.case_id, v_gate.office_id, p.id,
               cp.role, p.first_name, p.last_name, p.preferred_language::text
          from ledger.case_participant cp
          join ledger.person p on p.id = cp.person_id
         where cp.case_id = v_gate.case_id and cp.person_id = v_person
         limit 1;
end;
$$;
