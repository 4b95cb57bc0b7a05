package nl.gezin1plan.monitor.checklist;

import java.util.Collection;

/**
 * How far a set of items is: the share of applicable items that are gereed.
 * Items marked niet van toepassing count neither for nor against.
 */
public record Voortgang(int gereed, int toepasselijk, int totaal) {

    public static Voortgang van(Collection<ItemStatus> statussen) {
        int gereed = 0;
        int nvt = 0;
        for (ItemStatus status : statussen) {
            if (status == ItemStatus.GEREED) {
                gereed++;
            } else if (status == ItemStatus.NIET_VAN_TOEPASSING) {
                nvt++;
            }
        }
        return new Voortgang(gereed, statussen.size() - nvt, statussen.size());
    }

    /** Between 0 and 1; a set with nothing applicable counts as complete. */
    public double fractie() {
        return toepasselijk == 0 ? (totaal == 0 ? 0 : 1) : (double) gereed / toepasselijk;
    }

    public int procent() {
        return (int) Math.round(fractie() * 100);
    }
}
