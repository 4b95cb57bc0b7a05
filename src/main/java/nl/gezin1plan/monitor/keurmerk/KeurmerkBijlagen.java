package nl.gezin1plan.monitor.keurmerk;

import java.util.Optional;
import nl.gezin1plan.monitor.bijlage.BijlageEigenaar;
import nl.gezin1plan.monitor.bijlage.BijlageSoort;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import nl.gezin1plan.monitor.uitvraag.UitvraagWeergave;
import org.springframework.stereotype.Component;

/**
 * Attachments on a keurmerk judgement (the object is the uitvraag, the key the criterion): read by whoever reads the
 * uitvraag, added and deleted by the gemeente that judges it.
 */
@Component
class KeurmerkBijlagen implements BijlageEigenaar {

    private final UitvraagService uitvragen;

    KeurmerkBijlagen(UitvraagService uitvragen) {
        this.uitvragen = uitvragen;
    }

    @Override
    public BijlageSoort soort() {
        return BijlageSoort.KEURMERK_CRITERIUM;
    }

    @Override
    public boolean magLezen(HuidigeGebruiker gebruiker, long uitvraagId) {
        return uitvraag(uitvraagId).isPresent();
    }

    @Override
    public boolean magWijzigen(HuidigeGebruiker gebruiker, long uitvraagId) {
        return uitvraag(uitvraagId).filter(UitvraagWeergave::beoordeelbaar).isPresent();
    }

    @Override
    public String omschrijving(long uitvraagId) {
        return uitvraag(uitvraagId).map(u -> "keurmerkoordeel, uitvraag " + u.jaar() + " van " + u.organisatie())
                .orElse("keurmerkoordeel, uitvraag " + uitvraagId);
    }

    /** The uitvraag as the current user may read it ({@link UitvraagService#zoek} applies the rules). */
    private Optional<UitvraagWeergave> uitvraag(long uitvraagId) {
        return uitvragen.zoek(uitvraagId);
    }
}
