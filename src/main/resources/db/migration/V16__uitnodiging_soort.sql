-- An invitation is one of three kinds (soort):
--   RONDE    to an organisation's uitvraag of a year, sent by the app: the round opened, the gemeente invited the
--            organisation again, or the invited person asked for a new link;
--   PERSOON  to an organisation's uitvraag of a year, for a person a user chose (a respondent's colleague, another
--            contact person of the gemeente): these count against that user's daily limit of invitations;
--   ACCOUNT  to an account the beheerder made without a password (gebruiker_id): the person chooses it by the link.
alter table uitnodiging alter column jaar drop not null;
alter table uitnodiging alter column organisatie_id drop not null;
alter table uitnodiging add column gebruiker_id bigint references gebruiker (id);
alter table uitnodiging add column soort varchar(10) default 'RONDE' not null;
alter table uitnodiging add constraint uitnodiging_soort check (
    (soort in ('RONDE', 'PERSOON') and jaar is not null and organisatie_id is not null and gebruiker_id is null)
    or (soort = 'ACCOUNT' and gebruiker_id is not null and jaar is null and organisatie_id is null));

-- The daily limit counts a user's PERSOON invitations of the last 24 hours.
create index uitnodiging_door on uitnodiging (aangemaakt_door, aangemaakt);
