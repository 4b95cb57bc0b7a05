-- The progress and keurmerk of each uitvraag as last computed, so overviews over several years need not evaluate
-- every answer again. Null means "not computed yet": readers then compute it themselves, and the application
-- fills it at start-up and after every change to answers, judgements or the organisation's youth flag.
alter table uitvraag add column procent_beantwoord integer;
alter table uitvraag add column keurmerk_totaal varchar(20);
alter table uitvraag add column keurmerk_criteria varchar(2000);
