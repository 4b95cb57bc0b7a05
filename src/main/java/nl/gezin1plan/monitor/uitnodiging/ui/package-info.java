/**
 * The invitation screens. {@link nl.gezin1plan.monitor.uitnodiging.ui.UitnodigingKolommen} adds the invitation
 * columns to the round overview in rapportage, so this package is a named interface. (Exposed per package, not per
 * type, while invitations are being reworked on another branch; narrow it to that class once that lands.)
 */
@NamedInterface("ui")
package nl.gezin1plan.monitor.uitnodiging.ui;

import org.springframework.modulith.NamedInterface;
