-- Every user gets a weekly e-mail of their overdue actions and follow-ups unless they switch it off.
alter table gebruiker add column weekoverzicht boolean not null default true;
