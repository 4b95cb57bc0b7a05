package nl.gezin1plan.monitor.mail;

import java.util.Map;
import nl.gezin1plan.monitor.TestGegevens;

/** An invitation to a recipient of its own, so that tests sharing one outbox find their own messages. */
final class MailTestBerichten {

    private MailTestBerichten() {
    }

    static String ontvanger() {
        return TestGegevens.uniek("contact").toLowerCase() + "@organisatie.test";
    }

    static Map<String, Object> uitnodiging(String link) {
        return Map.of("jaar", 2027, "naam", "Anna de Vries", "organisatie", "Jeugdhulp Rijnland",
                "gemeenten", "Leiden", "deadline", "01-03-2027", "link", link);
    }
}
