package nl.gezin1plan.monitor.rapportage;

import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.checklist.GemeenteOverzicht;
import nl.gezin1plan.monitor.checklist.GemeenteOverzichtService;
import nl.gezin1plan.monitor.keurmerk.KeurmerkCriteria;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.RondeKeurmerk;
import nl.gezin1plan.monitor.keurmerk.Uitkomst;
import nl.gezin1plan.monitor.keurmerk.VastgelegdeUitslag;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Scope;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the start page of the agendahouder, the account manager and the beheerder. */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Rechten.GEMEENTECIJFERS)
public class DashboardService {

    static final int TRENDJAREN = 5;

    private final GemeenteOverzichtService gemeenten;
    private final UitvraagRondeService rondes;
    private final KeurmerkService keurmerk;
    private final AccountgesprekService gesprekken;
    private final Toegang toegang;

    DashboardService(GemeenteOverzichtService gemeenten, UitvraagRondeService rondes, KeurmerkService keurmerk,
                     AccountgesprekService gesprekken, Toegang toegang) {
        this.gemeenten = gemeenten;
        this.rondes = rondes;
        this.keurmerk = keurmerk;
        this.gesprekken = gesprekken;
        this.toegang = toegang;
    }

    public Dashboard dashboard(int jaar) {
        GemeenteOverzicht eigen = toegang.met(Rechten.GEMEENTECIJFERS).scope() instanceof Scope.Gemeente g
                ? gemeenten.overzicht(g.gemeenteId(), jaar) : null;
        RondeKeurmerk rondeKeurmerk = keurmerk.rondeKeurmerk(jaar, UitvraagFilter.ALLES);
        List<VastgelegdeUitslag> ronde = rondeKeurmerk.uitslagen();
        Map<UitvraagStatus, Long> perStatus = new EnumMap<>(UitvraagStatus.class);
        for (UitvraagStatus status : UitvraagStatus.values()) {
            perStatus.put(status, ronde.stream().filter(r -> r.status() == status).count());
        }
        Map<String, Long> criteria = new LinkedHashMap<>();
        if (!ronde.isEmpty()) {
            KeurmerkCriteria.van(rondes.inhoud(jaar).orElseThrow()).forEach(c -> criteria.put(c.sleutel() + " " + c.naam(),
                    rondeKeurmerk.voldaan(c.sleutel())));
        }
        Map<Integer, long[]> trend = new LinkedHashMap<>();
        for (int j = jaar - TRENDJAREN + 1; j <= jaar; j++) {
            List<VastgelegdeUitslag> regels = j == jaar ? ronde : keurmerk.vastgelegdZonderCriteria(j, UitvraagFilter.ALLES);
            trend.put(j, regels.isEmpty() ? null : new long[] {
                    regels.stream().filter(r -> r.totaal() == Uitkomst.VOLDAAN).count(), regels.size()});
        }
        return new Dashboard(jaar, eigen, gemeenten.regioVoortgang(jaar), perStatus, ronde.size(), criteria, trend,
                gesprekken.verlopenVervolgacties());
    }
}
