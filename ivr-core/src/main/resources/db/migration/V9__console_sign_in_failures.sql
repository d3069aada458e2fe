-- Failed sign-ins to the staff console, kept in the database so that every server counts them
-- together: with two servers a guesser gets one allowance, not one each (issue 20). See
-- gov.ocss.ivr.app.console.SignInThrottle. user_name is set only when the name typed was a staff
-- user's (lower case): whatever else was typed into the name box may be a password, and is never kept.
create table ivr.console_sign_in_failure (
    id        bigserial primary key,
    user_name text,
    address   text        not null,
    failed_at timestamptz not null
);
create index console_sign_in_failure_by_user on ivr.console_sign_in_failure (user_name, failed_at) where user_name is not null;
create index console_sign_in_failure_by_address on ivr.console_sign_in_failure (address, failed_at);
