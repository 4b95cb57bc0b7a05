package nl.gezin1plan.monitor.uitvraag;

import java.util.List;

/**
 * Published within the transaction that changed what these uitvragen stand on: an answer given, a round opened
 * (answers carried over from last year), the organisation's youth flag changed, or a stand not kept yet. Carries
 * the stands as they are now, so that a module keeping results derived from them (the keurmerk) updates them in the
 * same transaction without reading the answers again. Published in blocks of at most a few hundred.
 */
public record UitvraagStandenBijgewerkt(List<UitvraagStand> standen) {

    public UitvraagStandenBijgewerkt {
        standen = List.copyOf(standen);
    }
}
