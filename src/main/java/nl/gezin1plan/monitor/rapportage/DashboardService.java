package nl.gezin1plan.monitor.rapportage;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.checklist.GemeenteOverzicht;
import nl.gezin1plan.monitor.checklist.GemeenteOverzichtService;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.RondeRegel;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the start page of the agendahouder, the account manager and the beheerder. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    static final int TRENDJAREN = 5;

    private final GemeenteOverzichtService gemeenten;
    private final KeurmerkService keurmerk;
    private final AccountgesprekService gesprekken;
    private final Toegang toegang;

    DashboardService(GemeenteOverzichtService gemeenten, KeurmerkService keurmerk, AccountgesprekService gesprekken,
                     Toegang toegang) {
        this.gemeenten = gemeenten;
        this.keurmerk = keurmerk;
        this.gesprekken = gesprekken;
        this.toegang = toegang;
    }

    public Dashboard dashboard(int jaar) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        if (!gebruiker.isRegionaal() && gebruiker.rol() != Rol.AGENDAHOUDER) {
            throw Toegang.geweigerd();
        }
        GemeenteOverzicht eigen = gebruiker.rol() == Rol.AGENDAHOUDER
                ? gemeenten.overzicht(gebruiker.gemeenteId(), jaar) : null;
        List<RondeRegel> ronde = keurmerk.rondeOverzicht(jaar);
        Map<UitvraagStatus, Long> perStatus = new EnumMap<>(UitvraagStatus.class);
        for (UitvraagStatus status : UitvraagStatus.values()) {
            perStatus.put(status, ronde.stream().filter(r -> r.status() == status).count());
        }
        Map<String, Long> criteria = new LinkedHashMap<>();
        if (!ronde.isEmpty()) {
            ronde.getFirst().keurmerk().criteria().forEach(c -> criteria.put(c.criterium().sleutel() + " "
                    + c.criterium().naam(), ronde.stream().filter(r -> r.keurmerk().criterium(c.criterium().sleutel())
                    .uitkomst() == Uitkomst.VOLDAAN).count()));
        }
        Map<Integer, long[]> trend = new LinkedHashMap<>();
        for (int j = jaar - TRENDJAREN + 1; j <= jaar; j++) {
            List<RondeRegel> regels = j == jaar ? ronde : keurmerk.rondeOverzicht(j);
            trend.put(j, new long[] {regels.stream().filter(r -> r.keurmerk().totaal() == Uitkomst.VOLDAAN).count(),
                    regels.size()});
        }
        return new Dashboard(jaar, eigen, gemeenten.regioVoortgang(jaar), perStatus, ronde.size(), criteria, trend,
                gesprekken.verlopenVervolgacties());
    }
}
