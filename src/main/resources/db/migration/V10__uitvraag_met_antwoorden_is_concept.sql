-- An uitvraag with answers has been started: until now a new round copied last year's answers into uitvragen
-- that stayed 'niet gestart' while showing 100% answered and a keurmerk.
update uitvraag set status = 'CONCEPT'
where status = 'NIET_GESTART'
  and exists (select 1 from antwoord a where a.uitvraag_id = uitvraag.id);
