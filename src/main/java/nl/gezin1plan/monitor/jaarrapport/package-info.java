/**
 * The yearly report of one gemeente for its college and raad: checklist, afdelingen, uitvraag, keurmerk and
 * evaluation gathered from the other modules' services, rendered as a tagged (PDF/UA) PDF.
 */
package nl.gezin1plan.monitor.jaarrapport;
