-- What a PIN check decides on, read in one statement (issue 19). The check used to ask for it in seven
-- statements (two advisory locks, the caller's throttle, the case, the account lock, the parents, their
-- credentials), each a round trip to the database on a caller's time. The rules stay in Java
-- (gov.ocss.ivr.verification.PinCheck): this function only takes the same locks in the same order
-- and returns the facts, so a second server running the older code still serialises with this one.
--
-- Rows: one row with throttle_failure_at set when the caller's number is throttled (nothing else is
-- read); one row of nulls when the case does not exist; one row with the case and locked_until when
-- the account is locked; otherwise one row per live credential of the case's parents (the custodial
-- parent first, then by person id, each person's ACTIVE credential first), or one row with the case
-- alone when no parent holds a PIN.
create function ivr.pin_check_facts(
    p_caller       text,        -- the throttle's key for the caller's number; null when there is no throttle
    p_since        timestamptz, -- the start of the throttle's window
    p_skip         integer,     -- the throttle's allowance less one
    p_case_number  bpchar,      -- bpchar like the column, so its unique index finds the case
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
    v_failure_at  timestamptz;
    v_case_id     bigint;
    v_office_id   integer;
    v_locked      timestamptz;
begin
    if p_caller is not null then
        -- The same lock names as gov.ocss.ivr.db.TransactionLock, held to the end of the transaction.
        perform pg_advisory_xact_lock(hashtextextended('ivr.pin_attempt.caller:' || p_caller, 0));
        select a.attempted_at into v_failure_at
          from ivr.pin_attempt a
         where a.caller = p_caller and not a.succeeded and a.compared and a.attempted_at > p_since
         order by a.attempted_at desc
         offset p_skip limit 1;
        if v_failure_at is not null then
            throttle_failure_at := v_failure_at;
            return next;
            return;
        end if;
    end if;

    select c.id, c.office_id into v_case_id, v_office_id
      from ledger.support_case c where c.case_number = p_case_number;
    if v_case_id is null then
        return next;
        return;
    end if;
    perform pg_advisory_xact_lock(hashtextextended('ivr.pin_attempt.case:' || v_case_id, 0));

    select l.locked_until into v_locked
      from ivr.account_lock l where l.case_id = v_case_id and l.locked_until > p_now;
    if v_locked is not null then
        case_id := v_case_id;
        office_id := v_office_id;
        locked_until := v_locked;
        return next;
        return;
    end if;

    return query
        select null::timestamptz, v_case_id, v_office_id, null::timestamptz,
               p.id, cp.role, p.first_name, p.last_name, p.preferred_language::text,
               cr.id, cr.status, cr.pin_hash, cr.key_version::integer
          from ledger.case_participant cp
          join ledger.person p on p.id = cp.person_id
          join ledger.pin_credential cr on cr.person_id = p.id and cr.status in ('ACTIVE', 'PENDING')
         where cp.case_id = v_case_id
         order by cp.role, p.id, cr.status;
    if not found then
        case_id := v_case_id;
        office_id := v_office_id;
        return next;
    end if;
end;
$$;
