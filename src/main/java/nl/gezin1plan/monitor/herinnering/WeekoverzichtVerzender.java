package nl.gezin1plan.monitor.herinnering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.herinnering.VerlopenVervolgacties.Vervolg;
import nl.gezin1plan.monitor.herinnering.Weekoverzichten.Actie;
import nl.gezin1plan.monitor.herinnering.Weekoverzichten.Persoon;
import nl.gezin1plan.monitor.mail.MailService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly digest: to each agendahouder and aandachtsfunctionaris the overdue actions of their own checklist, and to
 * whoever owns an overdue accountgesprek follow-up that follow-up. Once per person per week, claimed in the database
 * like the reminders; nothing is sent to someone with nothing overdue or who switched the digest off.
 */
@Component
class WeekoverzichtVerzender {

    private static final Logger LOG = LoggerFactory.getLogger(WeekoverzichtVerzender.class);

    private final Weekoverzichten weekoverzichten;
    private final MailService mail;
    private final TransactionTemplate transacties;
    private final HerinneringInstellingen instellingen;
    private final Clock clock;

    WeekoverzichtVerzender(Weekoverzichten weekoverzichten, MailService mail, TransactionTemplate transacties,
                           HerinneringInstellingen instellingen, Clock clock) {
        this.weekoverzichten = weekoverzichten;
        this.mail = mail;
        this.transacties = transacties;
        this.instellingen = instellingen;
        this.clock = clock;
    }

    /** Sends this week's digests that are due at {@code nu} and not sent yet; answers how many mails it placed. */
    int verstuur(ZonedDateTime nu) {
        LocalDate week = week(nu);
        LocalDate vandaag = nu.toLocalDate();
        List<Persoon> personen = weekoverzichten.personen(week);
        Map<Long, List<Vervolg>> vervolgPerEigenaar = perEigenaar(weekoverzichten.verlopenVervolg(vandaag), personen);
        int geplaatst = 0;
        for (Persoon persoon : personen) {
            List<Vervolg> vervolg = vervolgPerEigenaar.getOrDefault(persoon.id(), List.of());
            if (!komtInAanmerking(persoon, vervolg)) {
                continue;
            }
            try {
                if (Boolean.TRUE.equals(transacties.execute(s -> verstuur(persoon, week, vandaag, vervolg)))) {
                    geplaatst++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Weekoverzicht voor gebruiker {} niet geplaatst", persoon.id(), e);
            }
        }
        return geplaatst;
    }

    /** Wants a digest, has not had this week's, and has a checklist of their own or an overdue follow-up. */
    private static boolean komtInAanmerking(Persoon persoon, List<Vervolg> vervolg) {
        return !persoon.gehad() && persoon.wil() && MailService.isGeldigAdres(persoon.email())
                && (persoon.checklist() != null || !vervolg.isEmpty());
    }

    /** The date of the latest digest moment (day and time of {@code monitor.herinnering.weekoverzicht-*}) at {@code nu}. */
    LocalDate week(ZonedDateTime nu) {
        ZonedDateTime moment = nu.with(TemporalAdjusters.previousOrSame(instellingen.weekoverzichtDag()))
                .with(instellingen.weekoverzichtTijd());
        return (moment.isAfter(nu) ? moment.minusWeeks(1) : moment).toLocalDate();
    }

    private boolean verstuur(Persoon persoon, LocalDate week, LocalDate vandaag, List<Vervolg> vervolg) {
        List<Actie> acties = persoon.checklist() == null ? List.of()
                : weekoverzichten.verlopenActies(persoon.checklist(), vandaag);
        int aantal = acties.size() + vervolg.size();
        if (!weekoverzichten.claim(persoon.id(), week, clock.instant(), aantal) || aantal == 0) {
            return false;
        }
        Map<String, Object> waarden = new HashMap<>();
        waarden.put("naam", persoon.naam());
        waarden.put("aantal", String.valueOf(aantal));
        waarden.put("acties", regels(acties.stream().map(a -> a.code() + " " + a.omschrijving() + " (gepland "
                + Formaat.datum(a.planning()) + ")").toList()));
        waarden.put("vervolg", regels(vervolg.stream().map(v -> v.organisatie() + ": " + v.vervolgactie() + " (gepland "
                + Formaat.datum(v.datum()) + ")").toList()));
        mail.plaats(persoon.email(), "weekoverzicht", waarden);
        return true;
    }

    private static String regels(List<String> regels) {
        return regels.isEmpty() ? "Geen." : regels.stream().map(r -> "- " + r).collect(Collectors.joining("\n"));
    }

    /**
     * Who owns each follow-up: the user whose user name, or else whose name (when only one has it), is the follow-up's
     * owner as typed; otherwise the user who recorded the accountgesprek.
     */
    private static Map<Long, List<Vervolg>> perEigenaar(List<Vervolg> vervolg, List<Persoon> personen) {
        Map<String, Persoon> opGebruikersnaam = personen.stream()
                .collect(Collectors.toMap(p -> sleutel(p.gebruikersnaam()), Function.identity(), (a, b) -> a));
        Map<String, List<Persoon>> opNaam = personen.stream().collect(Collectors.groupingBy(p -> sleutel(p.naam())));
        Map<Long, List<Vervolg>> perEigenaar = new HashMap<>();
        for (Vervolg v : vervolg) {
            String eigenaar = sleutel(v.eigenaar());
            Optional.ofNullable(opGebruikersnaam.get(eigenaar))
                    .or(() -> Optional.ofNullable(opNaam.get(eigenaar)).filter(l -> l.size() == 1).map(List::getFirst))
                    .or(() -> Optional.ofNullable(opGebruikersnaam.get(sleutel(v.vastgelegdDoor()))))
                    .ifPresent(p -> perEigenaar.computeIfAbsent(p.id(), id -> new ArrayList<>()).add(v));
        }
        return perEigenaar;
    }

    private static String sleutel(String tekst) {
        return tekst == null ? "" : tekst.strip().toLowerCase(Locale.ROOT);
    }
}
