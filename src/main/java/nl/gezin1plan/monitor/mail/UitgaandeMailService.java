package nl.gezin1plan.monitor.mail;

import java.util.List;
import nl.gezin1plan.monitor.security.Rechten;
import nl.gezin1plan.monitor.security.Toegang;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The beheerder reads the outbox: what was sent, what waits and why it failed. */
@Service
@Transactional(readOnly = true)
public class UitgaandeMailService {

    private final UitgaandeMailRepository berichten;
    private final Toegang toegang;

    UitgaandeMailService(UitgaandeMailRepository berichten, Toegang toegang) {
        this.berichten = berichten;
        this.toegang = toegang;
    }

    /** One page of the outbox, newest first; {@code offset} is a multiple of {@code limit}, as the grid asks. */
    public List<MailRegel> pagina(int offset, int limit) {
        toegang.met(Rechten.BEHEER);
        return berichten.findAllByOrderByIdDesc(PageRequest.of(offset / limit, limit)).map(UitgaandeMail::regel)
                .getContent();
    }

    public int aantal() {
        toegang.met(Rechten.BEHEER);
        return Math.toIntExact(berichten.count());
    }

    /** The plain-text body of one message. */
    public String tekst(long id) {
        toegang.met(Rechten.BEHEER);
        return berichten.findById(id).map(UitgaandeMail::getTekst).orElseThrow(Toegang::geweigerd);
    }
}
