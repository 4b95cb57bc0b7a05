/**
 * What every module shares: the embedded database, the clock and planning, years, search patterns, invalid input,
 * uploads read no further than their limit ({@link nl.gezin1plan.monitor.base.BegrensdeInvoer}) and
 * safe log text. It depends on no other module; the frame in {@code ui} learns who is logged in through
 * {@link nl.gezin1plan.monitor.base.ui.Navigatie}, which the security module implements.
 */
package nl.gezin1plan.monitor.base;
