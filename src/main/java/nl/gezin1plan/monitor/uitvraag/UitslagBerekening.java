package nl.gezin1plan.monitor.uitvraag;

import java.util.List;
import java.util.Map;

/** Computes the result to keep for uitvragen, judgements included. The keurmerk feature provides it. */
public interface UitslagBerekening {

    /** The result of each of these stands, by uitvraag id. */
    Map<Long, VastgelegdeUitslag> bereken(List<UitvraagStand> standen);
}
