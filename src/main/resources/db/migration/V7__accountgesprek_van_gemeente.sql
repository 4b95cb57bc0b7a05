-- The gemeente whose agendahouder recorded an accountgesprek; null when the region (an account manager or the
-- beheerder) recorded it. An agendahouder sees their own gemeente's accountgesprekken and the region's, never those
-- another gemeente recorded, also not after their gemeente was added to the organisation later.
alter table accountgesprek add column gemeente_id bigint references gemeente (id);

update accountgesprek set gemeente_id = (
    select g.gemeente_id from gebruiker g
    where g.gebruikersnaam = accountgesprek.vastgelegd_door and g.rol = 'AGENDAHOUDER');

create index accountgesprek_gemeente on accountgesprek (gemeente_id);
