package nl.gezin1plan.monitor.bijlage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.checklist.ChecklistEigenaar;
import nl.gezin1plan.monitor.checklist.ChecklistService;
import nl.gezin1plan.monitor.organisatie.Gemeente;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.rapportage.AccountgesprekGegevens;
import nl.gezin1plan.monitor.rapportage.AccountgesprekService;
import nl.gezin1plan.monitor.security.Toegang;
import nl.gezin1plan.monitor.uitvraag.UitvraagFixture;
import nl.gezin1plan.monitor.uitvraag.UitvraagService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

@PostgresTest
class BijlageServiceTest {

    private static final String VRAAG = "scholingsplan";

    @Autowired
    BijlageService bijlagen;
    @Autowired
    UitvraagFixture fixture;
    @Autowired
    UitvraagService uitvragen;
    @Autowired
    TestGegevens gegevens;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void aPdfIsStoredInPartsAndDownloadedByteIdenticalAndEachStepIsAudited() throws IOException {
        var opzet = fixture.nieuw(2047, false);
        byte[] pdf = Bestanden.pdf(600_000);

        Bijlage bijlage = bijlagen.voegToe(BijlageSoort.UITVRAAG_VRAAG, opzet.uitvraagId(), VRAAG, "C:\\Users\\x\\Scholingsplan 2047.pdf",
                new ByteArrayInputStream(pdf));

        assertThat(bijlage.bestandsnaam()).isEqualTo("Scholingsplan 2047.pdf");
        assertThat(bijlage.contentType()).isEqualTo("application/pdf");
        assertThat(bijlage.grootte()).isEqualTo(pdf.length);
        assertThat(delen(bijlage.id())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select sha256 from bijlage where id = ?", String.class, bijlage.id()))
                .isEqualTo(HexFormat.of().formatHex(sha256(pdf)));
        assertThat(bijlagen.lijst(BijlageSoort.UITVRAAG_VRAAG, opzet.uitvraagId(), VRAAG)).containsExactly(bijlage);
        assertThat(bijlagen.aantallen(BijlageSoort.UITVRAAG_VRAAG, opzet.uitvraagId())).containsEntry(VRAAG, 1);
        assertThat(download(bijlage.id())).isEqualTo(pdf);

        bijlagen.verwijder(bijlage.id());

        assertThat(bijlagen.lijst(BijlageSoort.UITVRAAG_VRAAG, opzet.uitvraagId(), VRAAG)).isEmpty();
        assertThat(delen(bijlage.id())).isZero();
        assertThat(audit(opzet.respondent())).containsExactly("BIJLAGE_TOEGEVOEGD", "BIJLAGE_GEDOWNLOAD", "BIJLAGE_VERWIJDERD");
    }

    @Test
    void aZipRenamedToPdfAndAProgramAreRefusedInDutchAndNothingIsStored() {
        var opzet = fixture.nieuw(2047, false);
        long delenVooraf = alleDelen();

        assertThatThrownBy(() -> voegToe(opzet.uitvraagId(), "scholingsplan.pdf", Bestanden.zip()))
                .isInstanceOf(GeweigerdeBijlage.class)
                .hasMessage("'scholingsplan.pdf' is niet bewaard: dit soort bestand kan geen bijlage zijn. Kies een PDF, "
                        + "een Word-, Excel- of OpenDocument-bestand, een afbeelding (PNG, JPEG, GIF, WebP) of een tekstbestand.");
        assertThatThrownBy(() -> voegToe(opzet.uitvraagId(), "scholingsplan.docx", Bestanden.zip()))
                .isInstanceOf(GeweigerdeBijlage.class);
        assertThatThrownBy(() -> voegToe(opzet.uitvraagId(), "setup.pdf", Bestanden.programma()))
                .isInstanceOf(GeweigerdeBijlage.class).hasMessageStartingWith("'setup.pdf' is niet bewaard");
        assertThatThrownBy(() -> voegToe(opzet.uitvraagId(), "leeg.pdf", new byte[0]))
                .isInstanceOf(GeweigerdeBijlage.class).hasMessage("Het bestand is leeg. Er is niets bewaard.");

        assertThat(bijlagen.lijst(BijlageSoort.UITVRAAG_VRAAG, opzet.uitvraagId(), VRAAG)).isEmpty();
        assertThat(alleDelen()).isEqualTo(delenVooraf);
    }

    @Test
    void aFileOverTheMaximumIsRefusedInDutchAndNoneOfItsPartsIsKept() {
        var opzet = fixture.nieuw(2047, false);
        long delenVooraf = alleDelen();
        var teGroot = Bestanden.gegenereerd(DataSize.ofMegabytes(20).toBytes() + 1);

        assertThatThrownBy(() -> bijlagen.voegToe(BijlageSoort.UITVRAAG_VRAAG, opzet.uitvraagId(), VRAAG, "groot.pdf", teGroot))
                .isInstanceOf(GeweigerdeBijlage.class)
                .hasMessage("'groot.pdf' is niet bewaard: het bestand is groter dan 20 MB.");

        assertThat(teGroot.gelezen()).isEqualTo(DataSize.ofMegabytes(20).toBytes() + 1);
        assertThat(bijlagen.lijst(BijlageSoort.UITVRAAG_VRAAG, opzet.uitvraagId(), VRAAG)).isEmpty();
        assertThat(alleDelen()).isEqualTo(delenVooraf);
    }

    @Test
    void anotherOrganisationOrAnotherGemeenteNeitherSeesNorAddsAttachments() {
        var opzet = fixture.nieuw(2047, false);
        long id = voegToe(opzet.uitvraagId(), "plan.pdf", Bestanden.pdf(2000)).id();
        Gemeente andere = gegevens.gemeente();

        for (String vreemde : List.of(gegevens.respondent(), gegevens.agendahouder(andere))) {
            gegevens.logIn(vreemde);
            assertThatThrownBy(() -> bijlagen.lijst(BijlageSoort.UITVRAAG_VRAAG, opzet.uitvraagId(), VRAAG))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bijlagen.openVoorDownload(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bijlagen.verwijder(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> voegToe(opzet.uitvraagId(), "ook.pdf", Bestanden.pdf(2000)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        gegevens.logIn(opzet.agendahouder());
        assertThat(bijlagen.lijst(BijlageSoort.UITVRAAG_VRAAG, opzet.uitvraagId(), VRAAG)).hasSize(1);
        assertThat(bijlagen.magWijzigen(BijlageSoort.UITVRAAG_VRAAG, opzet.uitvraagId())).isFalse();
        assertThatThrownBy(() -> bijlagen.verwijder(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSubmittedUitvraagsAttachmentsAreReadOnly() {
        var opzet = fixture.nieuw(2048, false);
        long id = voegToe(opzet.uitvraagId(), "plan.pdf", Bestanden.pdf(2000)).id();
        fixture.beantwoordAlles(opzet.uitvraagId(), Map.of());
        uitvragen.dienIn(opzet.uitvraagId());

        assertThat(bijlagen.magWijzigen(BijlageSoort.UITVRAAG_VRAAG, opzet.uitvraagId())).isFalse();
        assertThatThrownBy(() -> voegToe(opzet.uitvraagId(), "later.pdf", Bestanden.pdf(2000)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bijlagen.verwijder(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(bijlagen.lijst(BijlageSoort.UITVRAAG_VRAAG, opzet.uitvraagId(), VRAAG)).hasSize(1);
    }

    @Test
    void aChecklistItemsAttachmentsAreReadAndChangedLikeItsChecklist(@Autowired ChecklistService checklists) {
        Gemeente gemeente = gegevens.gemeente();
        gegevens.logIn(gegevens.agendahouder(gemeente));
        long itemId = checklists.start(ChecklistEigenaar.gemeente(gemeente.getId()), 2065).items().getFirst().id();

        Bijlage notulen = bijlagen.voegToe(BijlageSoort.CHECKLIST_ITEM, itemId, null, "notulen.txt",
                new ByteArrayInputStream("Besluit: de richtlijn is vastgesteld.".getBytes(StandardCharsets.UTF_8)));
        Bijlage deelnemers = bijlagen.voegToe(BijlageSoort.CHECKLIST_ITEM, itemId, null, "deelnemers.csv",
                new ByteArrayInputStream("naam;rol\nAnna;regisseur\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(notulen.contentType()).isEqualTo("text/plain");
        assertThat(deelnemers.contentType()).isEqualTo("text/csv");
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));
        assertThat(bijlagen.lijst(BijlageSoort.CHECKLIST_ITEM, itemId, null)).hasSize(2);
        assertThat(bijlagen.magWijzigen(BijlageSoort.CHECKLIST_ITEM, itemId)).isFalse();
        for (String vreemde : List.of(gegevens.agendahouder(gegevens.gemeente()),
                gegevens.aandachtsfunctionaris(gegevens.afdeling(gemeente)), gegevens.respondent())) {
            gegevens.logIn(vreemde);
            assertThatThrownBy(() -> bijlagen.lijst(BijlageSoort.CHECKLIST_ITEM, itemId, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bijlagen.openVoorDownload(notulen.id())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theJudgingGemeenteAttachesToAKeurmerkJudgementAndTheOrganisationReadsIt() {
        var opzet = fixture.nieuw(2048, false);
        gegevens.logIn(opzet.agendahouder());

        Bijlage verslag = bijlagen.voegToe(BijlageSoort.KEURMERK_CRITERIUM, opzet.uitvraagId(), "V1", "verslag.pdf",
                new ByteArrayInputStream(Bestanden.pdf(3000)));

        gegevens.logIn(opzet.respondent());
        assertThat(bijlagen.lijst(BijlageSoort.KEURMERK_CRITERIUM, opzet.uitvraagId(), "V1")).containsExactly(verslag);
        assertThat(bijlagen.magWijzigen(BijlageSoort.KEURMERK_CRITERIUM, opzet.uitvraagId())).isFalse();
        gegevens.logIn(gegevens.agendahouder(gegevens.gemeente()));
        assertThat(bijlagen.magWijzigen(BijlageSoort.KEURMERK_CRITERIUM, opzet.uitvraagId()))
                .as("a plain no, not a refusal that marks the transaction for rollback").isFalse();
        assertThatThrownBy(() -> bijlagen.openVoorDownload(verslag.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSideThatRecordedAnAccountgesprekAttachesToItAndOnlyWhoSeesTheGesprekReadsIt(
            @Autowired AccountgesprekService gesprekken) {
        var opzet = fixture.nieuw(2048, false);
        gegevens.logIn(gegevens.regionaal(Rol.ACCOUNTMANAGER));
        long gesprek = gesprekken.leg(opzet.organisatie().getId(), new AccountgesprekGegevens(LocalDate.of(2048, 3, 1),
                "Accountmanager en directeur", "Loopt.", "Meer scholing.", "Verloop.", null, null, null)).id();

        Bijlage notulen = bijlagen.voegToe(BijlageSoort.ACCOUNTGESPREK, gesprek, null, "notulen.pdf",
                new ByteArrayInputStream(Bestanden.pdf(3000)));

        gegevens.logIn(opzet.agendahouder());
        assertThat(bijlagen.lijst(BijlageSoort.ACCOUNTGESPREK, gesprek, null)).containsExactly(notulen);
        assertThat(bijlagen.magWijzigen(BijlageSoort.ACCOUNTGESPREK, gesprek)).isFalse();
        for (String vreemde : List.of(gegevens.agendahouder(gegevens.gemeente()), opzet.respondent())) {
            gegevens.logIn(vreemde);
            assertThatThrownBy(() -> bijlagen.openVoorDownload(notulen.id())).isInstanceOf(AccessDeniedException.class);
        }
    }

    /** 30 MB against a 40 MB limit: read and written a part at a time, never held whole. */
    @Test
    void aLargeFileStreamsInAndOutAPartAtATime(@Autowired Bijlagen tabel, @Autowired BijlageOpslag opslag,
                                               @Autowired List<BijlageEigenaar> eigenaren, @Autowired Toegang toegang,
                                               @Autowired ApplicationEventPublisher gebeurtenissen, @Autowired Clock clock,
                                               @Autowired PlatformTransactionManager transacties) throws IOException {
        var opzet = fixture.nieuw(2049, false);
        BijlageService ruim = new BijlageService(tabel, opslag, eigenaren, new BijlageInstellingen(DataSize.ofMegabytes(40),
                List.of("application/pdf")), toegang, gebeurtenissen, clock);
        long grootte = DataSize.ofMegabytes(30).toBytes();
        var bron = Bestanden.gegenereerd(grootte);

        Bijlage bijlage = new TransactionTemplate(transacties).execute(s -> ruim.voegToe(BijlageSoort.UITVRAAG_VRAAG,
                opzet.uitvraagId(), VRAAG, "groot.pdf", bron));

        assertThat(bijlage.grootte()).isEqualTo(grootte);
        assertThat(bron.grootsteLezing()).isLessThanOrEqualTo(DatabaseOpslag.DEEL);
        assertThat(delen(bijlage.id())).isEqualTo(120);
        GrootsteSchrijf uit = new GrootsteSchrijf();
        bijlagen.schrijfInhoud(bijlagen.openVoorDownload(bijlage.id()), uit);
        assertThat(uit.totaal).isEqualTo(grootte);
        assertThat(uit.grootste).isLessThanOrEqualTo(DatabaseOpslag.DEEL);
        bijlagen.verwijder(bijlage.id());
    }

    private Bijlage voegToe(long uitvraagId, String naam, byte[] inhoud) {
        return bijlagen.voegToe(BijlageSoort.UITVRAAG_VRAAG, uitvraagId, VRAAG, naam, new ByteArrayInputStream(inhoud));
    }

    private byte[] download(long id) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        bijlagen.schrijfInhoud(bijlagen.openVoorDownload(id), uit);
        return uit.toByteArray();
    }

    private int delen(long id) {
        return jdbc.queryForObject("select count(*) from bijlage_deel where bijlage_id = ?", Integer.class, id);
    }

    private long alleDelen() {
        return jdbc.queryForObject("select count(*) from bijlage_deel", Long.class);
    }

    private List<String> audit(String gebruiker) {
        return jdbc.queryForList("select soort from audit_gebeurtenis where gebruikersnaam = ? and soort like 'BIJLAGE%' order by id",
                String.class, gebruiker);
    }

    private static byte[] sha256(byte[] inhoud) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(inhoud);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class GrootsteSchrijf extends OutputStream {

        long totaal;
        int grootste;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int begin, int lengte) {
            totaal += lengte;
            grootste = Math.max(grootste, lengte);
        }
    }
}
