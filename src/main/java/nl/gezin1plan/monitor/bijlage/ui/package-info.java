/**
 * The list of a object's attachments with download links, delete buttons and an upload: a named interface, placed by
 * the screens of the modules that own the objects.
 */
@NamedInterface("ui")
package nl.gezin1plan.monitor.bijlage.ui;

import org.springframework.modulith.NamedInterface;
