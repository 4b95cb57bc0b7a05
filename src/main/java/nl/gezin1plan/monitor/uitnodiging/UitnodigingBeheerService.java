package nl.gezin1plan.monitor.uitnodiging;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gezin1plan.monitor.base.OngeldigeInvoer;
import nl.gezin1plan.monitor.mail.EmailAdres;
import nl.gezin1plan.monitor.mail.MailRegel;
import nl.gezin1plan.monitor.mail.MailService;
import nl.gezin1plan.monitor.organisatie.Gebruiker;
import nl.gezin1plan.monitor.organisatie.Organisatie;
import nl.gezin1plan.monitor.organisatie.OrganisatieRepository;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Scope;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitvraag.UitvraagDeadline;
import nl.gezin1plan.monitor.uitvraag.UitvraagToegang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations as the gemeente and the respondent handle them: who was invited and how that went, inviting again,
 * inviting another contact person, a respondent inviting a colleague, and the beheerder inviting a person they added
 * without a password. Every call works within the caller's scope.
 */
@Service
@Transactional
public class UitnodigingBeheerService {

    private static final int MAX_NAAM = 200;

    private final UitnodigingRepository uitnodigingen;
    private final Uitnodigen uitnodigen;
    private final OrganisatieRepository organisaties;
    private final UitvraagDeadline deadlines;
    private final MailService mail;
    private final UitnodigingLimiet limiet;
    private final Toegang toegang;
    private final Clock clock;

    UitnodigingBeheerService(UitnodigingRepository uitnodigingen, Uitnodigen uitnodigen,
                             OrganisatieRepository organisaties, UitvraagDeadline deadlines, MailService mail,
                             UitnodigingLimiet limiet, Toegang toegang, Clock clock) {
        this.limiet = limiet;
        this.uitnodigingen = uitnodigingen;
        this.uitnodigen = uitnodigen;
        this.organisaties = organisaties;
        this.deadlines = deadlines;
        this.mail = mail;
        this.toegang = toegang;
        this.clock = clock;
    }

    /**
     * Per organisation the newest invitation to each address in {@code jaar}, newest first, for the organisations of
     * this list that the caller may see; the others are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<UitnodigingStand>> standen(int jaar, Collection<Long> organisatieIds) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        if (organisatieIds.isEmpty()) {
            return Map.of();
        }
        List<Uitnodiging> lijst = uitnodigingen.findByJaarEnOrganisaties(jaar, organisatieIds).stream()
                .filter(u -> UitvraagToegang.magLezen(gebruiker, u.getOrganisatie())).toList();
        Map<Long, MailRegel> mails = mail.stand(lijst.stream().map(Uitnodiging::getMailId)
                .filter(java.util.Objects::nonNull).toList());
        Map<Long, List<UitnodigingStand>> standen = new LinkedHashMap<>();
        Set<String> gezien = new HashSet<>();
        for (Uitnodiging u : lijst) {
            if (gezien.add(u.getOrganisatie().getId() + " " + u.getEmail())) {
                MailRegel bericht = mails.get(u.getMailId());
                standen.computeIfAbsent(u.getOrganisatie().getId(), id -> new java.util.ArrayList<>())
                        .add(new UitnodigingStand(u.getOrganisatie().getId(), u.getNaam(), u.getEmail(),
                                u.getAangemaakt(), u.getGeopend(), u.getGeaccepteerd(),
                                bericht == null ? null : bericht.status(), bericht == null ? null : bericht.laatsteFout()));
            }
        }
        return standen;
    }

    /**
     * Sends a new link to everyone of the organisation whose invitation of {@code jaar} is not used yet (and to the
     * contact persons when nobody was invited); the old links stop working. Returns how many were invited.
     */
    @RolesAllowed(Rechten.BEOORDELEN)
    public int nodigOpnieuwUit(int jaar, long organisatieId) {
        HuidigeGebruiker gebruiker = toegang.met(Rechten.BEOORDELEN);
        Organisatie organisatie = inScope(gebruiker, organisatieId, jaar);
        List<Uitnodiging> open = uitnodigingen.openVan(jaar, organisatieId);
        if (open.isEmpty()) {
            Set<String> aangenomen = uitnodigingen.findByJaarEnOrganisaties(jaar, List.of(organisatieId)).stream()
                    .map(Uitnodiging::getEmail).collect(Collectors.toSet());
            return uitnodigen.nodigContactpersonenUit(organisatie, jaar, gebruiker, aangenomen).size();
        }
        Map<String, Uitnodiging> perAdres = new LinkedHashMap<>();
        for (Uitnodiging oud : open) {
            oud.vervangen(clock.instant());
            perAdres.put(oud.getEmail(), oud);
        }
        perAdres.values().forEach(oud -> uitnodigen.nodigUit(organisatie, jaar, oud.getNaam(), oud.getEmail(),
                gebruiker.gebruikersnaam(), gebruiker.rol()));
        return perAdres.size();
    }

    /** Invites another person of the organisation, by name and e-mail address; an earlier open link to them stops. */
    @RolesAllowed(Rechten.BEOORDELEN)
    public void nodigContactUit(int jaar, long organisatieId, String naam, String email) {
        HuidigeGebruiker gebruiker = toegang.met(Rechten.BEOORDELEN);
        nodigPersoonUit(gebruiker, inScope(gebruiker, organisatieId, jaar), jaar, naam, email);
    }

    /** The logged-in respondent invites a colleague to their own organisation's uitvraag of {@code jaar}. */
    @RolesAllowed(Rechten.EIGEN_UITVRAAG)
    public void nodigCollegaUit(int jaar, String naam, String email) {
        HuidigeGebruiker gebruiker = toegang.met(Rechten.EIGEN_UITVRAAG);
        if (!(gebruiker.scope() instanceof Scope.Organisatie eigen)) {
            throw Toegang.geweigerd();
        }
        nodigPersoonUit(gebruiker, inScope(gebruiker, eigen.organisatieId(), jaar), jaar, naam, email);
    }

    private void nodigPersoonUit(HuidigeGebruiker gebruiker, Organisatie organisatie, int jaar, String naam,
                                 String email) {
        String schoneNaam = naam == null ? "" : naam.strip();
        String adres = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (schoneNaam.isEmpty() || schoneNaam.length() > MAX_NAAM) {
            fouten.put("naam", "Vul de naam in (hoogstens " + MAX_NAAM + " tekens).");
        }
        if (!EmailAdres.isGeldig(adres)) {
            fouten.put("email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        // A respondent invites a colleague of their own organisation; anyone else invites for the gemeente.
        boolean collega = UitvraagToegang.magBeantwoorden(gebruiker, organisatie);
        limiet.controleer(gebruiker, collega);
        uitnodigingen.openVan(jaar, organisatie.getId()).stream().filter(u -> u.getEmail().equals(adres))
                .forEach(u -> u.vervangen(clock.instant()));
        uitnodigen.nodigPersoonUit(organisatie, jaar, schoneNaam, adres, gebruiker, collega);
    }

    /** Whether the caller may invite for the organisations in their scope ({@link Rechten#BEOORDELEN}). */
    public boolean magUitnodigen() {
        return toegang.huidigeGebruiker().mag(Rechten.BEOORDELEN);
    }

    /**
     * The beheerder, who just added this person without a password, sends them a link to choose one; in the
     * beheerder's transaction, so that without the account there is no invitation either.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RolesAllowed(Rechten.BEHEER)
    public void nodigAccountUit(Gebruiker gebruiker) {
        HuidigeGebruiker beheerder = toegang.met(Rechten.BEHEER);
        if (gebruiker.getEmail() == null || !MailService.isGeldigAdres(gebruiker.getEmail())
                || !EmailAdres.isGeldig(gebruiker.getEmail())) {
            throw new OngeldigeInvoer(Map.of("email", "Vul een geldig e-mailadres in: daar gaat de uitnodiging heen."));
        }
        uitnodigen.nodigAccountUit(gebruiker, beheerder.gebruikersnaam(), beheerder.rol());
    }

    /**
     * The organisation when the caller may invite for it (whoever judges its uitvraag, or its own respondent) and it
     * has an uitvraag in {@code jaar}; otherwise refused, saying nothing about it.
     */
    private Organisatie inScope(HuidigeGebruiker gebruiker, long organisatieId, int jaar) {
        Organisatie organisatie = organisaties.findById(organisatieId).orElseThrow(Toegang::geweigerd);
        boolean mag = UitvraagToegang.magBeoordelen(gebruiker, organisatie)
                || UitvraagToegang.magBeantwoorden(gebruiker, organisatie);
        if (!mag || deadlines.van(jaar, organisatieId).isEmpty()) {
            throw Toegang.geweigerd();
        }
        return organisatie;
    }
}
