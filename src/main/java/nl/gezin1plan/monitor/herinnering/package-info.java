/**
 * Reminders: per round a schedule of reminders to organisations that have not submitted their uitvraag, a background
 * job that places each reminder exactly once (also with several instances), and the weekly digest of overdue
 * checklist actions and accountgesprek follow-ups. Other modules call {@link nl.gezin1plan.monitor.herinnering.HerinneringService};
 * the module keeping the accountgesprekken contributes their follow-ups by implementing
 * {@link nl.gezin1plan.monitor.herinnering.VerlopenVervolgacties}.
 */
package nl.gezin1plan.monitor.herinnering;
