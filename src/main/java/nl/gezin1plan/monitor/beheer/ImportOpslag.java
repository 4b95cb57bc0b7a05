package nl.gezin1plan.monitor.beheer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.GemeenteRepository;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.security.Scope;
import nl.gezin1plan.monitor.uitvraag.StandVastlegging;
import org.springframework.stereotype.Component;

/**
 * Saves one batch of checked import rows in the caller's transaction. The organisations the rows name are looked up
 * with two queries for the whole batch (by KvK-nummer, else by name), never one per row.
 */
@Component
class ImportOpslag {

    static final String ANDERE_GEMEENTE = "Deze organisatie werkt niet voor uw gemeente; alleen de beheerder kan haar wijzigen.";

    private final OrganisatieRepository organisaties;
    private final GemeenteRepository gemeenten;
    private final StandVastlegging vastlegging;

    ImportOpslag(OrganisatieRepository organisaties, GemeenteRepository gemeenten, StandVastlegging vastlegging) {
        this.organisaties = organisaties;
        this.gemeenten = gemeenten;
        this.vastlegging = vastlegging;
    }

    /** Adds or updates each row; a row for an organisation outside the user's scope is refused with the reason. */
    List<ImportRapport.Regel> bewaar(List<OrganisatieImportRij> rijen, Scope scope) {
        Map<Long, Gemeente> gemeenteOpId = gemeenten.findAll().stream().collect(Collectors.toMap(Gemeente::getId, g -> g));
        Bekende bekende = new Bekende(
                organisaties.findByKvkNummerIn(rijen.stream().map(r -> r.gegevens().kvkNummer()).filter(Objects::nonNull).toList()),
                organisaties.metKleineNaamIn(rijen.stream().filter(r -> r.gegevens().kvkNummer() == null)
                        .map(r -> OrganisatieImportRij.naamSleutel(r.gegevens().naam())).toList()));
        Set<Long> jeugdGewijzigd = new HashSet<>();
        List<ImportRapport.Regel> regels = new ArrayList<>();
        for (OrganisatieImportRij rij : rijen) {
            regels.add(bewaar(rij, scope, bekende, gemeenteOpId, jeugdGewijzigd));
        }
        organisaties.flush();
        jeugdGewijzigd.forEach(vastlegging::werkBijVoorOrganisatie);
        return regels;
    }

    private ImportRapport.Regel bewaar(OrganisatieImportRij rij, Scope scope, Bekende bekende,
                                       Map<Long, Gemeente> gemeenteOpId, Set<Long> jeugdGewijzigd) {
        OrganisatieGegevens gegevens = rij.gegevens();
        Set<Gemeente> gemeentenVanRij = gegevens.gemeenteIds().stream().map(gemeenteOpId::get).collect(Collectors.toSet());
        Organisatie organisatie = bekende.zoek(gegevens);
        if (organisatie == null) {
            if (GemeenteKoppeling.zonderEigenGemeente(scope, gegevens.gemeenteIds())) {
                return uitkomst(rij, ImportRapport.Uitkomst.GEWEIGERD, GemeenteKoppeling.EIGEN_GEMEENTE);
            }
            if (GemeenteKoppeling.voegtAndereGemeenteToe(scope, Set.of(), gegevens.gemeenteIds())) {
                return uitkomst(rij, ImportRapport.Uitkomst.GEWEIGERD, GemeenteKoppeling.ALLEEN_EIGEN_GEMEENTE);
            }
            Organisatie nieuw = new Organisatie(gegevens.naam(), gegevens.kvkNummer(), gegevens.type(),
                    gegevens.werktMetJeugd(), gemeentenVanRij);
            gegevens.contactpersonen().forEach(c -> nieuw.voegContactpersoonToe(c.naam(), c.email(), c.rol()));
            bekende.onthoud(organisaties.save(nieuw), null);
            return uitkomst(rij, ImportRapport.Uitkomst.TOEGEVOEGD, "");
        }
        if (!scope.omvat(organisatie)) {
            return uitkomst(rij, ImportRapport.Uitkomst.GEWEIGERD, ANDERE_GEMEENTE);
        }
        if (GemeenteKoppeling.voegtAndereGemeenteToe(scope, organisatie.getGemeenten().stream().map(Gemeente::getId)
                .collect(Collectors.toSet()), gegevens.gemeenteIds())) {
            return uitkomst(rij, ImportRapport.Uitkomst.GEWEIGERD, GemeenteKoppeling.ALLEEN_EIGEN_GEMEENTE);
        }
        if (organisatie.isWerktMetJeugd() != gegevens.werktMetJeugd()) {
            jeugdGewijzigd.add(organisatie.getId());
        }
        String oudKvkNummer = organisatie.getKvkNummer();
        // A row without KvK-nummer (matched on name) keeps the number the register has.
        organisatie.wijzig(gegevens.naam(), gegevens.kvkNummer() != null ? gegevens.kvkNummer() : oudKvkNummer,
                gegevens.type(), gegevens.werktMetJeugd());
        organisatie.getGemeenten().addAll(gemeentenVanRij);
        gegevens.contactpersonen().stream()
                .filter(c -> organisatie.getContactpersonen().stream().noneMatch(b -> b.getNaam().equalsIgnoreCase(c.naam())))
                .forEach(c -> organisatie.voegContactpersoonToe(c.naam(), c.email(), c.rol()));
        bekende.onthoud(organisatie, oudKvkNummer);
        return uitkomst(rij, ImportRapport.Uitkomst.BIJGEWERKT, "");
    }

    private static ImportRapport.Regel uitkomst(OrganisatieImportRij rij, ImportRapport.Uitkomst uitkomst, String toelichting) {
        return new ImportRapport.Regel(rij.regelnummer(), rij.gegevens().naam(), uitkomst, toelichting);
    }

    /** The organisations this batch names, kept up to date as rows add and rename them. */
    private static final class Bekende {

        private final Map<String, Organisatie> opKvkNummer;
        private final Map<String, Organisatie> opNaam = new HashMap<>();

        Bekende(List<Organisatie> metKvkNummer, List<Organisatie> metNaam) {
            opKvkNummer = metKvkNummer.stream().collect(Collectors.toMap(Organisatie::getKvkNummer, Function.identity()));
            metNaam.forEach(o -> opNaam.putIfAbsent(OrganisatieImportRij.naamSleutel(o.getNaam()), o));
        }

        Organisatie zoek(OrganisatieGegevens gegevens) {
            return gegevens.kvkNummer() != null ? opKvkNummer.get(gegevens.kvkNummer())
                    : opNaam.get(OrganisatieImportRij.naamSleutel(gegevens.naam()));
        }

        void onthoud(Organisatie organisatie, String oudKvkNummer) {
            if (oudKvkNummer != null && !oudKvkNummer.equals(organisatie.getKvkNummer())) {
                opKvkNummer.remove(oudKvkNummer);
            }
            if (organisatie.getKvkNummer() != null) {
                opKvkNummer.put(organisatie.getKvkNummer(), organisatie);
            }
            opNaam.putIfAbsent(OrganisatieImportRij.naamSleutel(organisatie.getNaam()), organisatie);
        }
    }
}
