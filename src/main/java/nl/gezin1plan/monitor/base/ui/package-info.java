/**
 * The shared UI: the frame and its navigation, error pages, date and number formats, charts, row buttons and the
 * other small pieces every module's screens use. A named interface, so the whole package is open to other modules.
 */
@NamedInterface("ui")
package nl.gezin1plan.monitor.base.ui;

import org.springframework.modulith.NamedInterface;
