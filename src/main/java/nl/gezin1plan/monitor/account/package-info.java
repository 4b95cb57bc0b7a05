/**
 * A person's own account: "Wachtwoord vergeten?" with a one-time link by e-mail, the rules a new password must meet,
 * and "Mijn account" (password, name, e-mail address, the weekly overview). Ending a person's other sessions is done
 * through {@link nl.gezin1plan.monitor.organisatie.Gebruiker#beeindigSessies}, which the security filter enforces.
 */
package nl.gezin1plan.monitor.account;
