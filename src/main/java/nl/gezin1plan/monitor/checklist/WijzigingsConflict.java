package nl.gezin1plan.monitor.checklist;

/** Someone else saved the item after this user opened it; their change was not overwritten. */
public class WijzigingsConflict extends RuntimeException {

    private final transient ItemRegel actueel;

    public WijzigingsConflict(ItemRegel actueel) {
        super("Het item is intussen gewijzigd door " + actueel.gewijzigdDoor());
        this.actueel = actueel;
    }

    /** The item as it is saved now, so the user can compare it with their own version. */
    public ItemRegel actueel() {
        return actueel;
    }
}
