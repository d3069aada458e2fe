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
-- The same locks as ivr.pin_check_facts in the same order, so checks by either way, or by an older
-- server, serialise. In autocommit they are held to the end of this statement, which writes the attempt.
--
-- One row: outcome is THROTTLED (at: the failure that throttles; nothing written), LOCKED (at: the end
-- of the lock; the attempt written as not compared), VERIFIED (the case and the parent; the attempt
-- written as succeeded) or UNDECIDED.
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
    v_failure_at  timestamptz;
    v_case_id     bigint;
    v_office_id   integer;
    v_locked      timestamptz;
    v_unhashed    boolean;
    v_people      integer;
    v_person      bigint;
    v_active      boolean;
begin
    if p_caller is not null then
        perform pg_advisory_xact_lock(hashtextextended('ivr.pin_attempt.caller:' || p_caller, 0));
        select a.attempted_at into v_failure_at
          from ivr.pin_attempt a
         where a.caller = p_caller and not a.succeeded and a.compared and a.attempted_at > p_since
         order by a.attempted_at desc
         offset p_skip limit 1;
        if v_failure_at is not null then
            return query select 'THROTTLED'::text, v_failure_at, null::bigint, null::integer, null::bigint,
                                null::text, null::text, null::text, null::text;
            return;
        end if;
    end if;

    select c.id, c.office_id into v_case_id, v_office_id
      from ledger.support_case c where c.case_number = p_case_number;
    if v_case_id is null then
        return query select 'UNDECIDED'::text, null::timestamptz, null::bigint, null::integer, null::bigint,
                            null::text, null::text, null::text, null::text;
        return;
    end if;
    perform pg_advisory_xact_lock(hashtextextended('ivr.pin_attempt.case:' || v_case_id, 0));

    select l.locked_until into v_locked
      from ivr.account_lock l where l.case_id = v_case_id and l.locked_until > p_now;
    if v_locked is not null then
        insert into ivr.pin_attempt (case_id, attempted_at, succeeded, compared, line, call_id, caller)
        values (v_case_id, p_now, false, false, p_line, p_call_id, p_caller_key);
        return query select 'LOCKED'::text, v_locked, v_case_id, v_office_id, null::bigint,
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
         where cp.case_id = v_case_id)
    select coalesce(bool_or(unhashed), false),
           count(distinct live.person_id) filter (where matches),
           min(live.person_id) filter (where matches),
           coalesce(bool_or(matches and status = 'ACTIVE'), false)
      into v_unhashed, v_people, v_person, v_active
      from live;
    if v_unhashed or v_people <> 1 or not v_active then
        return query select 'UNDECIDED'::text, null::timestamptz, v_case_id, v_office_id, null::bigint,
                            null::text, null::text, null::text, null::text;
        return;
    end if;

    insert into ivr.pin_attempt (case_id, attempted_at, succeeded, compared, line, call_id, caller)
    values (v_case_id, p_now, true, true, p_line, p_call_id, p_caller_key);
    return query
        select 'VERIFIED'::text, null::timestamptz, v_case_id, v_office_id, p.id,
               cp.role, p.first_name, p.last_name, p.preferred_language::text
          from ledger.case_participant cp
          join ledger.person p on p.id = cp.person_id
         where cp.case_id = v_case_id and cp.person_id = v_person
         limit 1;
end;
$$;
