package nl.gezin1plan.monitor.bijlage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.gezin1plan.monitor.base.BegrensdeInvoer;
import nl.gezin1plan.monitor.security.HuidigeGebruiker;
import nl.gezin1plan.monitor.security.Toegang;
import org.apache.tika.mime.MediaType;
import nl.gezin1plan.monitor.bijlage.BijlageGebeurtenis.Wat;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Adding, listing, downloading and deleting attachments, each within what the owning module allows the current user.
 * An upload is stored whole or not at all: one transaction, rolled back when the file is refused. Every upload,
 * download and deletion is published as a {@link BijlageGebeurtenis} for the audit log.
 */
@Service
@Transactional
@EnableConfigurationProperties(BijlageInstellingen.class)
public class BijlageService {

    private final Bijlagen bijlagen;
    private final BijlageOpslag opslag;
    private final Map<BijlageSoort, BijlageEigenaar> eigenaren = new EnumMap<>(BijlageSoort.class);
    private final BijlageInstellingen instellingen;
    private final Toegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    BijlageService(Bijlagen bijlagen, BijlageOpslag opslag, List<BijlageEigenaar> eigenaren,
                   BijlageInstellingen instellingen, Toegang toegang, ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.bijlagen = bijlagen;
        this.opslag = opslag;
        eigenaren.forEach(e -> this.eigenaren.put(e.soort(), e));
        this.instellingen = instellingen;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    public DataSize maximaleGrootte() {
        return instellingen.maximaleGrootte();
    }

    @Transactional(readOnly = true)
    public List<Bijlage> lijst(BijlageSoort soort, long onderwerpId, String sleutel) {
        eigenaarVoorLezen(soort, onderwerpId);
        return bijlagen.van(soort, onderwerpId, sleutel);
    }

    /** The number of attachments per key of one object (e.g. per question of an uitvraag); "" for those without key. */
    @Transactional(readOnly = true)
    public Map<String, Integer> aantallen(BijlageSoort soort, long onderwerpId) {
        eigenaarVoorLezen(soort, onderwerpId);
        return bijlagen.aantallen(soort, onderwerpId);
    }

    @Transactional(readOnly = true)
    public boolean magWijzigen(BijlageSoort soort, long onderwerpId) {
        return eigenaar(soort).magWijzigen(toegang.huidigeGebruiker(), onderwerpId);
    }

    /**
     * Stores the file when its content is of an allowed type and within the maximum size; otherwise nothing is stored
     * and {@link GeweigerdeBijlage} says why.
     */
    public Bijlage voegToe(BijlageSoort soort, long onderwerpId, String sleutel, String bestandsnaam, InputStream inhoud) {
        HuidigeGebruiker gebruiker = toegang.huidigeGebruiker();
        BijlageEigenaar eigenaar = eigenaarVoorWijzigen(gebruiker, soort, onderwerpId);
        String naam = Bestandsnaam.veilig(bestandsnaam);
        MessageDigest sha256 = sha256();
        InputStream begrensd = new BufferedInputStream(new DigestInputStream(
                new BegrensdeInvoer(inhoud, instellingen.maximaleGrootte().toBytes()), sha256), DatabaseOpslag.DEEL);
        try {
            if (leeg(begrensd)) {
                throw new GeweigerdeBijlage(BijlageMeldingen.LEEG);
            }
            MediaType type = TypeHerkenning.herken(begrensd, naam);
            if (!instellingen.toegestaneTypen().contains(type.getBaseType().toString())) {
                throw new GeweigerdeBijlage(BijlageMeldingen.soortNietToegestaan(naam));
            }
            long id = bijlagen.voegToe(soort, onderwerpId, sleutel, naam, type.getBaseType().toString(),
                    gebruiker.gebruikersnaam(), clock.instant());
            long grootte = opslag.schrijf(id, begrensd);
            bijlagen.legInhoudVast(id, grootte, HexFormat.of().formatHex(sha256.digest()));
            meld(Wat.TOEGEVOEGD, omschrijving(eigenaar, onderwerpId, sleutel, naam, grootte));
            return bijlagen.zoek(id).orElseThrow();
        } catch (BegrensdeInvoer.TeGroot e) {
            throw new GeweigerdeBijlage(BijlageMeldingen.teGroot(naam, instellingen.maximaleGrootte()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attachment, when the user may read its object; the download is recorded in the audit log. */
    public Bijlage openVoorDownload(long id) {
        Bijlage bijlage = bijlagen.zoek(id).orElseThrow(Toegang::geweigerd);
        BijlageEigenaar eigenaar = eigenaarVoorLezen(bijlage.soort(), bijlage.onderwerpId());
        meld(Wat.GEDOWNLOAD, omschrijving(eigenaar, bijlage));
        return bijlage;
    }

    /** Writes the content of an attachment opened by {@link #openVoorDownload}, a part at a time. */
    @Transactional(readOnly = true)
    public void schrijfInhoud(Bijlage bijlage, OutputStream uit) throws IOException {
        eigenaarVoorLezen(bijlage.soort(), bijlage.onderwerpId());
        opslag.lees(bijlage.id(), uit);
    }

    public void verwijder(long id) {
        Bijlage bijlage = bijlagen.zoek(id).orElseThrow(Toegang::geweigerd);
        BijlageEigenaar eigenaar = eigenaarVoorWijzigen(toegang.huidigeGebruiker(), bijlage.soort(),
                bijlage.onderwerpId());
        opslag.verwijder(id);
        bijlagen.verwijder(id);
        meld(Wat.VERWIJDERD, omschrijving(eigenaar, bijlage));
    }

    /** The owner of the object, when the current user may read it; else refused. */
    private BijlageEigenaar eigenaarVoorLezen(BijlageSoort soort, long onderwerpId) {
        BijlageEigenaar eigenaar = eigenaar(soort);
        if (!eigenaar.magLezen(toegang.huidigeGebruiker(), onderwerpId)) {
            throw Toegang.geweigerd();
        }
        return eigenaar;
    }

    private BijlageEigenaar eigenaarVoorWijzigen(HuidigeGebruiker gebruiker, BijlageSoort soort, long onderwerpId) {
        BijlageEigenaar eigenaar = eigenaar(soort);
        if (!eigenaar.magWijzigen(gebruiker, onderwerpId)) {
            throw Toegang.geweigerd();
        }
        return eigenaar;
    }

    private BijlageEigenaar eigenaar(BijlageSoort soort) {
        BijlageEigenaar eigenaar = eigenaren.get(soort);
        if (eigenaar == null) {
            throw Toegang.geweigerd();
        }
        return eigenaar;
    }

    private void meld(Wat wat, String omschrijving) {
        gebeurtenissen.publishEvent(new BijlageGebeurtenis(wat, omschrijving));
    }

    private static String omschrijving(BijlageEigenaar eigenaar, Bijlage bijlage) {
        return omschrijving(eigenaar, bijlage.onderwerpId(), bijlage.sleutel(), bijlage.bestandsnaam(), bijlage.grootte());
    }

    private static String omschrijving(BijlageEigenaar eigenaar, long onderwerpId, String sleutel, String naam, long grootte) {
        return "Bijlage '" + naam + "' (" + grootte + " bytes) bij " + eigenaar.omschrijving(onderwerpId)
                + (sleutel == null ? "" : ", " + sleutel);
    }

    private static boolean leeg(InputStream inhoud) throws IOException {
        inhoud.mark(1);
        boolean leeg = inhoud.read() < 0;
        inhoud.reset();
        return leeg;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
