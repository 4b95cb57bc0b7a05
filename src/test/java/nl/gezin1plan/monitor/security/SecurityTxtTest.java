package nl.gezin1plan.monitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.gezin1plan.monitor.BeveiligdeMockMvc;
import nl.gezin1plan.monitor.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** RFC 9116: where to report a vulnerability, from the configuration, for anyone without logging in. */
@PostgresTest
class SecurityTxtTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void securityTxtIsOpenPlainTextWithTheConfiguredContactsExpiryAndLanguages() throws Exception {
        MockMvc mvc = BeveiligdeMockMvc.van(context);

        mvc.perform(get("/.well-known/security.txt"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/plain;charset=UTF-8"))
                .andExpect(content().string("""
                        Contact: mailto:security@gezin1plan.test
                        Contact: https://gezin1plan.test/melden
                        Expires: 2031-12-31T23:00:00Z
                        Preferred-Languages: nl, en
                        """));
    }

    @Test
    void withoutAConfiguredContactThereIsNoSecurityTxt() {
        assertThat(new SecurityTxt(List.of(), "", "nl, en").tekst().getStatusCode().value()).isEqualTo(404);
    }
}
