package nl.gezin1plan.monitor.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Map;
import nl.gezin1plan.monitor.PostgresTest;
import nl.gezin1plan.monitor.TestGegevens;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.mail.MailRegel;
import nl.gezin1plan.monitor.mail.MailService;
import nl.gezin1plan.monitor.organisatie.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresTest
class UitgaandeMailViewTest extends SpringBrowserlessTest {

    @Autowired
    MailService mail;
    @Autowired
    TransactionTemplate transacties;
    @Autowired
    TestGegevens gegevens;

    @AfterEach
    void logUit() {
        gegevens.logUit();
    }

    @Test
    void theBeheerderReadsAWaitingInvitationWithItsLinkClickableAndMarkupShownAsText() {
        String aan = TestGegevens.uniek("contact").toLowerCase() + "@organisatie.test";
        transacties.executeWithoutResult(s -> mail.plaats(aan, "uitnodiging", Map.of("jaar", 2027,
                "naam", "<b>Anna</b>", "organisatie", "Jeugdhulp Rijnland", "gemeenten", "Leiden",
                "deadline", "01-03-2027", "link", "https://monitor.test/uitnodiging?t=abc&x=1")));
        gegevens.logIn(gegevens.regionaal(Rol.BEHEERDER));

        UitgaandeMailView view = navigate(UitgaandeMailView.class);

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Uitgaande e-mail");
        MailRegel regel = test(view.grid).getRow(0);
        assertThat(regel.ontvanger()).isEqualTo(aan);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(Formaat.datumTijd(regel.aangemaakt()))
                .matches("\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(aan);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Uitnodiging uitvraag 2027");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Wacht");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("0");

        view.grid.asSingleSelect().setValue(regel);

        assertThat(view.bericht.getElement().getTextRecursively()).contains("Beste <b>Anna</b>,");
        assertThat(view.bericht.getChildren().flatMap(Component::getChildren).filter(Anchor.class::isInstance)
                .map(Anchor.class::cast).map(Anchor::getHref))
                .containsExactly("https://monitor.test/uitnodiging?t=abc&x=1", "http://localhost:8080");
        assertThat(view.bericht.getElement().getOuterHTML()).doesNotContain("<b>");
    }
}
