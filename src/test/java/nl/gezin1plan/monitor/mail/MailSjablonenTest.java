package nl.gezin1plan.monitor.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSjablonenTest {

    private final MailSjablonen sjablonen = new MailSjablonen();
    private final Map<String, Object> waarden = Map.of("jaar", 2027, "naam", "Anna de Vriës",
            "organisatie", "Jeugdhulp <Rijnland> & Co", "gemeenten", "Leiden en Alphen aan den Rijn",
            "deadline", "01-03-2027", "link", "https://monitor.example.nl/uitnodiging?t=a&b=c",
            "basisUrl", "https://monitor.example.nl");

    @Test
    void theInvitationHasItsSubjectTextAndHtmlFilledInFromTheTemplateFiles() {
        Bericht bericht = sjablonen.maak("uitnodiging", waarden);

        assertThat(bericht.onderwerp()).isEqualTo("Uitnodiging uitvraag 2027");
        assertThat(bericht.tekst()).startsWith("Beste Anna de Vriës,")
                .contains("Namens Leiden en Alphen aan den Rijn vragen wij Jeugdhulp <Rijnland> & Co om de uitvraag 2027")
                .contains("uiterlijk 01-03-2027").contains("https://monitor.example.nl/uitnodiging?t=a&b=c")
                .doesNotContain("{{");
        assertThat(bericht.html()).contains("<html lang=\"nl\">").contains("Beste Anna de Vriës,")
                .contains("Jeugdhulp &lt;Rijnland&gt; &amp; Co")
                .contains("href=\"https://monitor.example.nl/uitnodiging?t=a&amp;b=c\"")
                .doesNotContain("<Rijnland>").doesNotContain("{{");
    }

    @Test
    void aValueCannotBreakOutOfAnHtmlAttribute() {
        String html = MailSjablonen.vul("<a href=\"{{link}}\">x</a>", Map.of("link", "\" onclick=\"alert(1)"),
                MailSjablonen::html);

        assertThat(html).isEqualTo("<a href=\"&quot; onclick=&quot;alert(1)\">x</a>");
    }

    @Test
    void aPlaceholderWithoutValueOrAnUnknownTemplateIsRefused() {
        assertThatThrownBy(() -> sjablonen.maak("uitnodiging", Map.of("jaar", 2027)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{{");
        assertThatThrownBy(() -> sjablonen.maak("bestaat-niet", waarden)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sjablonen.maak("../application", waarden)).isInstanceOf(IllegalArgumentException.class);
    }
}
