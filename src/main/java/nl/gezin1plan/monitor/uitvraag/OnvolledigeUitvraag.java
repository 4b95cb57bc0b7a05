package nl.gezin1plan.monitor.uitvraag;

import java.util.List;

/** Submission refused: these required questions still have no answer. Nothing changed. */
public class OnvolledigeUitvraag extends RuntimeException {

    private final transient List<Vraag> ontbrekend;

    public OnvolledigeUitvraag(List<Vraag> ontbrekend) {
        super(ontbrekend.size() + " verplichte vragen zijn nog niet beantwoord");
        this.ontbrekend = List.copyOf(ontbrekend);
    }

    public List<Vraag> ontbrekend() {
        return ontbrekend;
    }
}
