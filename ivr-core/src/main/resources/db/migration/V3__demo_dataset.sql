-- Which demo dataset the ledger holds, if any. Demo data is anchored on the month it was loaded in,
-- so the demo server reloads it once the month has moved on. At most one row; none in production.

create table ivr.demo_dataset (
    id              boolean primary key default true check (id),
    seed            bigint not null,
    cases           integer not null check (cases >= 0),
    anchor_month    date not null check (extract(day from anchor_month) = 1),
    loaded_at       timestamptz not null
);
