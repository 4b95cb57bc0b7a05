-- The role of whoever made a change or a submission/reopening, so the audit log can show it next to the name.
-- Rows from before this migration keep no role (null).
alter table revisie add column rol varchar(30);
alter table uitvraag_gebeurtenis add column door_rol varchar(30);
