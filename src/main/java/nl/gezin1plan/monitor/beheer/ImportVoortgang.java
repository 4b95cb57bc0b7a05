package nl.gezin1plan.monitor.beheer;

/** Hears how far an import is: rows handled of all rows in the file, after reading and after each batch. */
@FunctionalInterface
public interface ImportVoortgang {

    ImportVoortgang GEEN = (verwerkt, totaal) -> {
    };

    void meld(int verwerkt, int totaal);
}
