-- Verifying a caller reads the live PINs (ACTIVE and PENDING) of the case's people. The two partial
-- unique indexes of V1 cannot serve "status in ('ACTIVE', 'PENDING')", so every verification read
-- the whole table: 1.3 billion rows in a 6,000-call load run on the 100,000-case demo ledger, and
-- PostgreSQL took most of the machine (./phoneline load, November 2026).
create index pin_credential_live on ledger.pin_credential (person_id) where status in ('ACTIVE', 'PENDING');
