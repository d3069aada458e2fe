-- A print batch nobody marks mailed would keep its PDF, and the new PINs in it, for ever (issue 20).
-- After a set time the server erases it (gov.ocss.ivr.remail.UnmailedBatches): the PDF goes, the
-- batch's printed requests are cancelled and their new PINs revoked. erased_at says when; the audit
-- trail records it as done by 'system', the server itself.
alter table ivr.print_batch add column erased_at timestamptz;
alter table ivr.print_batch add constraint print_batch_erased_has_no_document
    check (erased_at is null or (document is null and mailed_at is null));
create index print_batch_unmailed on ivr.print_batch (created_at) where mailed_at is null and document is not null;

alter table ivr.staff_action drop constraint staff_action_staff_role_check;
alter table ivr.staff_action add constraint staff_action_staff_role_check
    check (staff_role in ('staff', 'supervisor', 'unknown', 'system'));
