package nl.gezin1plan.monitor.rapportage;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.keurmerk.KeurmerkService;
import nl.gezin1plan.monitor.keurmerk.KeurmerkUitslag;
import nl.gezin1plan.monitor.uitvraag.Kerncijfer;
import nl.gezin1plan.monitor.uitvraag.UitvraagFilter;
import nl.gezin1plan.monitor.uitvraag.UitvraagInhoud;
import nl.gezin1plan.monitor.uitvraag.UitvraagRondeService;
import nl.gezin1plan.monitor.uitvraag.UitvraagStand;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress per organisation, one page at a time: a fixed number of queries per page, however many organisations
 * there are. The scope is the caller's (the services of uitvraag and keurmerk check it).
 */
@Service
@Transactional(readOnly = true)
public class VoortgangService {

    static final int EXPORTBLOK = 500;

    private final UitvraagRondeService rondes;
    private final KeurmerkService keurmerk;
    private final EntityManager entityManager;

    VoortgangService(UitvraagRondeService rondes, KeurmerkService keurmerk, EntityManager entityManager) {
        this.rondes = rondes;
        this.keurmerk = keurmerk;
        this.entityManager = entityManager;
    }

    /** The questionnaire of the year's round, which decides the criteria and key-figure columns. */
    public java.util.Optional<UitvraagInhoud> inhoud(int jaar) {
        return rondes.inhoud(jaar);
    }

    public List<VoortgangRegel> regels(int jaar, UitvraagFilter filter, int offset, int limit) {
        List<UitvraagStand> standen = rondes.standen(jaar, filter, offset, limit);
        if (standen.isEmpty()) {
            return List.of();
        }
        Map<Long, KeurmerkUitslag> uitslagen = keurmerk.uitslagen(standen);
        List<UitvraagStand> vorige = rondes.standenVan(jaar - 1, standen.stream().map(UitvraagStand::organisatieId).toList());
        Map<Long, KeurmerkUitslag> vorigeUitslagen = keurmerk.uitslagen(vorige);
        Map<Long, UitvraagStand> vorigePerOrganisatie = vorige.stream()
                .collect(Collectors.toMap(UitvraagStand::organisatieId, Function.identity()));
        List<VoortgangRegel> regels = new ArrayList<>(standen.size());
        for (UitvraagStand stand : standen) {
            UitvraagStand vorig = vorigePerOrganisatie.get(stand.organisatieId());
            regels.add(new VoortgangRegel(stand.uitvraagId(), stand.organisatieId(), stand.organisatie(), stand.kvkNummer(),
                    jaar, stand.status(), stand.ingediendOp(), procent(stand), uitslagen.get(stand.uitvraagId()),
                    kerncijfers(stand), vorig == null ? null
                    : new VoortgangRegel.Vorig(procent(vorig), vorigeUitslagen.get(vorig.uitvraagId()).totaal())));
        }
        return regels;
    }

    public long aantal(int jaar, UitvraagFilter filter) {
        return rondes.aantal(jaar, filter);
    }

    /** Hands every row to {@code regels} in blocks, so memory does not grow with the number of organisations. */
    public void exporteer(int jaar, UitvraagFilter filter, Consumer<VoortgangRegel> regels) {
        for (int offset = 0; ; offset += EXPORTBLOK) {
            List<VoortgangRegel> blok = regels(jaar, filter, offset, EXPORTBLOK);
            blok.forEach(regels);
            entityManager.clear();
            if (blok.size() < EXPORTBLOK) {
                return;
            }
        }
    }

    /** Hands every uitvraag of the year with its answers to {@code standen}, in blocks, for the answers export. */
    public void exporteerAntwoorden(int jaar, UitvraagFilter filter, Consumer<UitvraagStand> standen) {
        for (int offset = 0; ; offset += EXPORTBLOK) {
            List<UitvraagStand> blok = rondes.standen(jaar, filter, offset, EXPORTBLOK);
            blok.forEach(standen);
            entityManager.clear();
            if (blok.size() < EXPORTBLOK) {
                return;
            }
        }
    }

    private static int procent(UitvraagStand stand) {
        return stand.procentBeantwoord();
    }

    private static Map<String, String> kerncijfers(UitvraagStand stand) {
        Map<String, String> cijfers = new LinkedHashMap<>();
        for (Kerncijfer kerncijfer : stand.inhoud().kerncijfers()) {
            cijfers.put(kerncijfer.kolom(), stand.antwoorden().get(kerncijfer.vraag()));
        }
        return cijfers;
    }
}
