/**
 * The reports as tagged (PDF/UA) PDFs: the yearly report of one gemeente for its college and raad (checklist,
 * afdelingen, uitvraag, keurmerk and evaluation) and the report of one organisation for a year (answers, keurmerk,
 * judgements, history), each gathered from the other modules' services, which decide who may read what, and rendered
 * from a template under {@code jaarrapport/} in one shared frame by {@link nl.gezin1plan.monitor.jaarrapport.RapportPdf}.
 */
package nl.gezin1plan.monitor.jaarrapport;
