-- The keurmerk owns its kept result: the outcome overall and per criterion of each uitvraag, typed, instead of the
-- text "V1=VOLDAAN;…" on the uitvraag row. The share answered (procent_beantwoord) stays on uitvraag, its own.
create table keurmerk_totaal (
    uitvraag_id bigint      not null primary key references uitvraag (id) on delete cascade,
    uitkomst    varchar(20) not null,
    constraint keurmerk_totaal_uitkomst check (uitkomst in ('VOLDAAN', 'NIET_VOLDAAN', 'ONBEKEND', 'NIET_VAN_TOEPASSING'))
);

-- One row per criterion, belonging to its uitvraag's total: KeurmerkVastlegging replaces both together, and deleting
-- a total takes its criteria with it, so no criterion row outlives its uitvraag.
create table keurmerk_uitslag (
    uitvraag_id bigint      not null references keurmerk_totaal (uitvraag_id) on delete cascade,
    criterium   varchar(20) not null,
    uitkomst    varchar(20) not null,
    primary key (uitvraag_id, criterium),
    constraint keurmerk_uitslag_uitkomst check (uitkomst in ('VOLDAAN', 'NIET_VOLDAAN', 'ONBEKEND', 'NIET_VAN_TOEPASSING'))
);

insert into keurmerk_totaal (uitvraag_id, uitkomst)
select id, keurmerk_totaal from uitvraag where keurmerk_totaal is not null;

-- Splits "V1=VOLDAAN;V2=ONBEKEND" into one row per pair; plain SQL that PostgreSQL and H2 both run.
insert into keurmerk_uitslag (uitvraag_id, criterium, uitkomst)
with recursive paar (uitvraag_id, deel, rest) as (
    select id,
           cast(substring(keurmerk_criteria || ';' from 1 for position(';' in keurmerk_criteria || ';') - 1) as varchar(2000)),
           cast(substring(keurmerk_criteria || ';' from position(';' in keurmerk_criteria || ';') + 1) as varchar(2000))
    from uitvraag
    where keurmerk_totaal is not null and keurmerk_criteria <> ''
    union all
    select uitvraag_id,
           cast(substring(rest from 1 for position(';' in rest) - 1) as varchar(2000)),
           cast(substring(rest from position(';' in rest) + 1) as varchar(2000))
    from paar
    where rest <> ''
)
select uitvraag_id, substring(deel from 1 for position('=' in deel) - 1), substring(deel from position('=' in deel) + 1)
from paar;

-- Nothing reads the encoded result any more. A row kept without its keurmerk is filled again at start-up.
update uitvraag set procent_beantwoord = null where keurmerk_totaal is null;
alter table uitvraag drop column keurmerk_totaal;
alter table uitvraag drop column keurmerk_criteria;
