package nl.gezin1plan.monitor.uitvraag;

import java.util.List;

public record Sectie(String titel, List<Vraag> vragen) {
}
