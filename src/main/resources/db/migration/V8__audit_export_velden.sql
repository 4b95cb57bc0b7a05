-- An export's file, row count and the user's scope get columns of their own, so that a long filter text, which is
-- shortened to fit, can never push them out of the audit log. Null for everything that is not an export.
alter table audit_gebeurtenis add column bestand varchar(100);
alter table audit_gebeurtenis add column regels bigint;
alter table audit_gebeurtenis add column bereik varchar(300);
