-- An organisation added to a round close to or after the round's deadline gets a deadline of its own; the
-- agendahouder can move it later with a reason. Null means the round's deadline applies.
alter table uitvraag add column eigen_deadline date;

-- The new deadline of a DEADLINE_VERLENGD event, kept in the uitvraag's history next to its reason.
alter table uitvraag_gebeurtenis add column deadline date;
