package nl.gezin1plan.monitor.checklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.base.Jaartal;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.organisatie.Afdeling;
import nl.gezin1plan.monitor.organisatie.AfdelingRepository;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.GemeenteRepository;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of the yearly gemeente and afdeling checklists. Every method checks the caller's scope. */
@Service
@Transactional
public class ChecklistService {

    private final ChecklistRepository checklists;
    private final ChecklistItemRepository items;
    private final ChecklistVersieRepository versies;
    private final SjabloonItemRepository sjabloonItems;
    private final GemeenteRepository gemeenten;
    private final AfdelingRepository afdelingen;
    private final ChecklistGeschiedenis geschiedenis;
    private final Toegang toegang;
    private final Clock clock;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher gebeurtenissen;

    ChecklistService(ChecklistRepository checklists, ChecklistItemRepository items, ChecklistVersieRepository versies,
                     SjabloonItemRepository sjabloonItems, GemeenteRepository gemeenten, AfdelingRepository afdelingen,
                     ChecklistGeschiedenis geschiedenis, Toegang toegang, Clock clock, EntityManager entityManager,
                     ApplicationEventPublisher gebeurtenissen) {
        this.checklists = checklists;
        this.items = items;
        this.versies = versies;
        this.sjabloonItems = sjabloonItems;
        this.gemeenten = gemeenten;
        this.afdelingen = afdelingen;
        this.geschiedenis = geschiedenis;
        this.toegang = toegang;
        this.clock = clock;
        this.entityManager = entityManager;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The checklist of this gemeente or afdeling for the year, if it was started. */
    @Transactional(readOnly = true)
    public Optional<ChecklistWeergave> open(ChecklistEigenaar eigenaar, int jaar) {
        Eigenaar gevonden = controleerLezen(eigenaar);
        return checklists.findByEigenaarAndJaar(eigenaar.sleutel(), jaar)
                .map(checklist -> weergave(checklist, gevonden));
    }

    /** The years for which this gemeente or afdeling has a checklist. */
    @Transactional(readOnly = true)
    public List<Integer> jaren(ChecklistEigenaar eigenaar) {
        controleerLezen(eigenaar);
        return checklists.jarenVan(eigenaar.sleutel());
    }

    /** The name of the gemeente or afdeling, for titles. */
    @Transactional(readOnly = true)
    public String naamVan(ChecklistEigenaar eigenaar) {
        return controleerLezen(eigenaar).naam();
    }

    @Transactional(readOnly = true)
    public boolean magWijzigen(ChecklistEigenaar eigenaar) {
        return ChecklistToegang.magWijzigen(toegang.huidigeGebruiker(), eigenaar);
    }

    /**
     * Starts the checklist for a year with the newest content version. Open actions of the year before are
     * carried forward, so nobody retypes them. Starting a year that exists returns it unchanged. The new items are
     * announced as {@link ChecklistItemsGewijzigd} within this transaction.
     */
    @RolesAllowed(Rechten.CHECKLIST_BIJHOUDEN)
    public ChecklistWeergave start(ChecklistEigenaar eigenaar, int jaar) {
        Eigenaar gevonden = controleerWijzigen(eigenaar);
        Map<String, String> fouten = new HashMap<>();
        Jaartal.controleer(jaar, "jaar", fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        Optional<Checklist> bestaand = checklists.findByEigenaarAndJaar(eigenaar.sleutel(), jaar);
        if (bestaand.isPresent()) {
            return weergave(bestaand.get(), gevonden);
        }
        ChecklistVersie versie = versies.findFirstByOrderByIdDesc()
                .orElseThrow(() -> new IllegalStateException("Er is geen checklistinhoud geladen"));
        Checklist checklist = new Checklist(eigenaar, gevonden.gemeente(), gevonden.afdeling(), jaar, versie,
                OffsetDateTime.now(clock));
        Map<String, ChecklistItem> vorigJaar = checklists.findByEigenaarAndJaar(eigenaar.sleutel(), jaar - 1)
                .map(vorige -> items.findByChecklist(vorige.getId()).stream()
                        .collect(Collectors.toMap(i -> i.getSjabloonItem().getSleutel(), Function.identity())))
                .orElse(Map.of());
        for (SjabloonItem sjabloon : sjabloonItems.findByVersieAndSoortOrderByVolgorde(versie, eigenaar.soort())) {
            ChecklistItem item = new ChecklistItem(checklist, sjabloon);
            ChecklistItem vorig = vorigJaar.get(sjabloon.getSleutel());
            if (vorig != null && vorig.getStatus().isOpen()) {
                item.neemOver(vorig);
            }
            checklist.voegToe(item);
        }
        Checklist opgeslagen = checklists.saveAndFlush(checklist);
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        gebeurtenissen.publishEvent(new ChecklistItemsGewijzigd(gebruiker.gebruikersnaam(), gebruiker.rol(),
                clock.instant(), gevonden.gemeente().getNaam(), gevonden.afdeling() == null ? null : gevonden.naam(), jaar,
                opgeslagen.getItems().stream().map(i -> new ChecklistItemsGewijzigd.Item(i.getId(),
                        i.getSjabloonItem().getSleutel(), ChecklistItemsGewijzigd.Soort.AANGEMAAKT)).toList()));
        return weergave(opgeslagen, gevonden);
    }

    /**
     * Saves a change to one item. Refuses bad input with a message per field, and refuses to overwrite a
     * change someone else saved since {@code verwachteVersie} was read. A saved change is announced as
     * {@link ChecklistItemsGewijzigd} within this transaction.
     */
    @RolesAllowed(Rechten.CHECKLIST_BIJHOUDEN)
    public ItemRegel wijzig(long itemId, long verwachteVersie, ItemWijziging wijziging) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        ChecklistItem item = items.findMetChecklist(itemId).orElseThrow(Toegang::geweigerd);
        if (!ChecklistToegang.magWijzigen(gebruiker, item.getChecklist().getEigenaar())) {
            throw Toegang.geweigerd();
        }
        Map<String, String> fouten = wijziging.fouten();
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        if (item.getVersion() != verwachteVersie) {
            throw new WijzigingsConflict(ItemRegel.van(item));
        }
        Instant op = clock.instant();
        boolean gewijzigd = item.pasToe(wijziging, gebruiker.gebruikersnaam(), op);
        ChecklistItem opgeslagen;
        try {
            opgeslagen = items.saveAndFlush(item);
        } catch (ObjectOptimisticLockingFailureException e) {
            // Another save won the race. The failed update must not be flushed again: start from a clean
            // persistence context and show the user what was saved.
            entityManager.clear();
            throw new WijzigingsConflict(ItemRegel.van(items.findMetChecklist(itemId).orElseThrow()));
        }
        if (gewijzigd) {
            Checklist checklist = opgeslagen.getChecklist();
            gebeurtenissen.publishEvent(new ChecklistItemsGewijzigd(gebruiker.gebruikersnaam(), gebruiker.rol(), op,
                    checklist.getGemeente().getNaam(),
                    checklist.getAfdeling() == null ? null : checklist.getAfdeling().getNaam(), checklist.getJaar(),
                    List.of(new ChecklistItemsGewijzigd.Item(opgeslagen.getId(), opgeslagen.getSjabloonItem().getSleutel(),
                            ChecklistItemsGewijzigd.Soort.GEWIJZIGD))));
        }
        return ItemRegel.van(opgeslagen);
    }

    /** Every saved change of an item, newest first. */
    @Transactional(readOnly = true)
    public List<ItemHistorie> geschiedenis(long itemId) {
        ChecklistItem item = items.findMetChecklist(itemId).orElseThrow(Toegang::geweigerd);
        controleerLezen(item.getChecklist().getEigenaar());
        return geschiedenis.van(itemId);
    }

    private ChecklistWeergave weergave(Checklist checklist, Eigenaar eigenaar) {
        List<ItemRegel> regels = items.findByChecklist(checklist.getId()).stream().map(ItemRegel::van).toList();
        boolean wijzigbaar = ChecklistToegang.magWijzigen(toegang.huidigeGebruiker(), checklist.getEigenaar());
        return new ChecklistWeergave(checklist.getId(), checklist.getEigenaar(), eigenaar.naam(),
                eigenaar.gemeente().getNaam(), checklist.getJaar(), checklist.getVersie().getNaam(), wijzigbaar,
                regels);
    }

    private Eigenaar controleerLezen(ChecklistEigenaar eigenaar) {
        Eigenaar gevonden = zoek(eigenaar);
        if (!ChecklistToegang.magLezen(toegang.huidigeGebruiker(), eigenaar, gevonden.gemeente().getId())) {
            throw Toegang.geweigerd();
        }
        return gevonden;
    }

    private Eigenaar controleerWijzigen(ChecklistEigenaar eigenaar) {
        Eigenaar gevonden = zoek(eigenaar);
        if (!ChecklistToegang.magWijzigen(toegang.huidigeGebruiker(), eigenaar)) {
            throw Toegang.geweigerd();
        }
        return gevonden;
    }

    private Eigenaar zoek(ChecklistEigenaar eigenaar) {
        if (eigenaar.isGemeente()) {
            Gemeente gemeente = gemeenten.findById(eigenaar.id()).orElseThrow(Toegang::geweigerd);
            return new Eigenaar(gemeente, null, gemeente.getNaam());
        }
        Afdeling afdeling = afdelingen.findById(eigenaar.id()).orElseThrow(Toegang::geweigerd);
        return new Eigenaar(afdeling.getGemeente(), afdeling, afdeling.getNaam());
    }

    private record Eigenaar(Gemeente gemeente, Afdeling afdeling, String naam) {
    }
}
