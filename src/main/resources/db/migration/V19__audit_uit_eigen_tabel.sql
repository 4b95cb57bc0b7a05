-- The audit log reads only its own table from now on (issue 12): the checklist, uitvraag and keurmerk modules announce
-- each change in its transaction and the audit module writes the line, described in words (audit/WijzigingAudit).
-- This copies the history the audit log read from other modules' tables until now (the Envers revisions of checklist
-- items, answers and keurmerk judgements, and the submissions, reopenings and extended deadlines of uitvragen) into
-- audit_gebeurtenis once, with the descriptions the audit log gave them, so old entries still show. The Envers tables
-- and uitvraag_gebeurtenis stay: they are the histories of their own modules.
--
-- The log lists newest first by (tijdstip, id). The old log broke ties within a millisecond by source (own lines
-- first), then by row and revision, newest first. So that it keeps that order, every line is written again in that
-- order, its own lines too, and the old copies of those are removed. Nothing refers to an audit line's id.

-- A change's description holds a reason of up to 2,000 characters after the organisation's name.
alter table audit_gebeurtenis alter column omschrijving set data type varchar(4000);
-- The key of the question an answer line is about; the log shows the question's wording in its place.
alter table audit_gebeurtenis add column vraag varchar(60);

create table audit_overgang (laatste bigint not null);
insert into audit_overgang (laatste) select coalesce(max(id), 0) from audit_gebeurtenis;

insert into audit_gebeurtenis (tijdstip, gebruikersnaam, rol, soort, omschrijving, bestand, regels, bereik, vraag)
select tijdstip, coalesce(gebruikersnaam, ''), rol, soort, omschrijving, bestand, regels, bereik, vraag
from (
    select 'A' as bron, a.id as ref, cast(0 as bigint) as rev, a.tijdstip, a.gebruikersnaam, a.rol, a.soort,
           a.omschrijving, a.bestand, a.regels, a.bereik, cast(null as varchar(60)) as vraag
    from audit_gebeurtenis a
    where a.id <= (select laatste from audit_overgang)
    union all
    select 'C', ca.id, ca.rev, r.tijdstip, r.gebruikersnaam, r.rol, 'WIJZIGING',
           concat('Checklist ', cg.naam, coalesce(' / ' || caf.naam, ''), ' ', cl.jaar,
                  ', item ', cs.thema_code, cs.nummer, ' ',
                  case ca.revtype when 0 then 'aangemaakt' when 2 then 'verwijderd' else 'gewijzigd' end),
           null, null, null, null
    from checklist_item_aud ca
    join revisie r on r.id = ca.rev
    left join checklist_item ci on ci.id = ca.id
    left join checklist cl on cl.id = ci.checklist_id
    left join gemeente cg on cg.id = cl.gemeente_id
    left join afdeling caf on caf.id = cl.afdeling_id
    left join checklist_sjabloon_item cs on cs.id = ci.sjabloon_item_id
    union all
    select 'V', va.id, va.rev, r.tijdstip, r.gebruikersnaam, r.rol, 'WIJZIGING',
           concat('Uitvraag ', vr.jaar, ' ', vo.naam, ', vraag ', va.vraag, ' ',
                  case va.revtype when 0 then 'beantwoord' when 2 then 'gewist' else 'gewijzigd' end),
           null, null, null, va.vraag
    from antwoord_aud va
    join revisie r on r.id = va.rev
    left join antwoord vn on vn.id = va.id
    left join uitvraag vu on vu.id = vn.uitvraag_id
    left join uitvraag_ronde vr on vr.id = vu.ronde_id
    left join organisatie vo on vo.id = vu.organisatie_id
    union all
    select 'K', ka.id, ka.rev, r.tijdstip, r.gebruikersnaam, r.rol, 'OORDEEL',
           concat('Keurmerk ', kr.jaar, ' ', ko.naam, ', criterium ', ka.criterium, ' ',
                  lower(replace(ka.resultaat, '_', ' ')), ': ', ka.reden),
           null, null, null, null
    from keurmerk_oordeel_aud ka
    join revisie r on r.id = ka.rev
    left join uitvraag ku on ku.id = ka.uitvraag_id
    left join uitvraag_ronde kr on kr.id = ku.ronde_id
    left join organisatie ko on ko.id = ku.organisatie_id
    union all
    select 'U', ug.id, cast(0 as bigint), cast(extract(epoch from ug.op) * 1000 as bigint), ug.door, ug.door_rol,
           ug.soort,
           concat('Uitvraag ', ur.jaar, ' ', uo.naam,
                  coalesce(', uiterste datum ' || to_char(ug.deadline, 'DD-MM-YYYY'), ''),
                  coalesce(': ' || ug.reden, '')),
           null, null, null, null
    from uitvraag_gebeurtenis ug
    left join uitvraag uu on uu.id = ug.uitvraag_id
    left join uitvraag_ronde ur on ur.id = uu.ronde_id
    left join organisatie uo on uo.id = uu.organisatie_id
) regel
order by tijdstip, bron desc, ref, rev;

delete from audit_gebeurtenis where id <= (select laatste from audit_overgang);
drop table audit_overgang;
