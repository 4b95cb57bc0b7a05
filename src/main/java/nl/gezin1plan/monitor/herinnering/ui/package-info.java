/**
 * The dialog that edits a round's reminder schedule, opened from the round overview in rapportage: a named interface
 * for that screen.
 */
@NamedInterface("ui")
package nl.gezin1plan.monitor.herinnering.ui;

import org.springframework.modulith.NamedInterface;
