/**
 * Attachments (bijlagen) on a checklist item, an uitvraag answer, a keurmerk judgement and an accountgesprek. The
 * content streams into the database in parts behind {@link nl.gezin1plan.monitor.bijlage.BijlageOpslag}; its type is
 * recognised from the content. Who may read or change an attachment is decided by the module that owns the object,
 * through {@link nl.gezin1plan.monitor.bijlage.BijlageEigenaar}, so this module depends on none of them.
 */
package nl.gezin1plan.monitor.bijlage;
