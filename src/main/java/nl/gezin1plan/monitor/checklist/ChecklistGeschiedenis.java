package nl.gezin1plan.monitor.checklist;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.gezin1plan.monitor.organisatie.Personen;
import nl.gezin1plan.monitor.security.Revisie;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/** Reads an item's history from the Envers audit tables and turns it into field-by-field changes. */
@Component
class ChecklistGeschiedenis {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final EntityManager entityManager;
    private final Personen personen;

    ChecklistGeschiedenis(EntityManager entityManager, Personen personen) {
        this.entityManager = entityManager;
        this.personen = personen;
    }

    List<ItemHistorie> van(long itemId) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisies = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(ChecklistItem.class, false, true)
                .add(AuditEntity.id().eq(itemId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<String, String> namen = personen.namen(revisies.stream().map(rij -> ((Revisie) rij[1]).getGebruikersnaam())
                .toList());
        List<ItemHistorie> historie = new ArrayList<>();
        ChecklistItem vorige = null;
        for (Object[] rij : revisies) {
            ChecklistItem stand = (ChecklistItem) rij[0];
            Revisie revisie = (Revisie) rij[1];
            List<ItemHistorie.Veldwijziging> wijzigingen = verschil(vorige, stand);
            if (!wijzigingen.isEmpty()) {
                historie.add(new ItemHistorie(revisie.getTijdstip(), revisie.getGebruikersnaam(),
                        namen.get(revisie.getGebruikersnaam()), wijzigingen));
            }
            vorige = stand;
        }
        return historie.reversed();
    }

    private static List<ItemHistorie.Veldwijziging> verschil(ChecklistItem oud, ChecklistItem nieuw) {
        List<ItemHistorie.Veldwijziging> wijzigingen = new ArrayList<>();
        vergelijk(wijzigingen, "Geplande actie", oud == null ? null : oud.getGeplandeActie(), nieuw.getGeplandeActie());
        vergelijk(wijzigingen, "Verantwoordelijke", oud == null ? null : oud.getVerantwoordelijke(),
                nieuw.getVerantwoordelijke());
        vergelijk(wijzigingen, "Planning", oud == null ? null : datum(oud.getPlanning()), datum(nieuw.getPlanning()));
        vergelijk(wijzigingen, "Status", oud == null ? null : oud.getStatus().label(), nieuw.getStatus().label());
        vergelijk(wijzigingen, "Reden niet van toepassing", oud == null ? null : oud.getRedenNietVanToepassing(),
                nieuw.getRedenNietVanToepassing());
        vergelijk(wijzigingen, "Notitie", oud == null ? null : oud.getNotitie(), nieuw.getNotitie());
        return wijzigingen;
    }

    private static void vergelijk(List<ItemHistorie.Veldwijziging> wijzigingen, String veld, String oud, String nieuw) {
        if (!Objects.equals(oud, nieuw)) {
            wijzigingen.add(new ItemHistorie.Veldwijziging(veld, oud, nieuw));
        }
    }

    private static String datum(LocalDate datum) {
        return datum == null ? null : DATUM.format(datum);
    }
}
