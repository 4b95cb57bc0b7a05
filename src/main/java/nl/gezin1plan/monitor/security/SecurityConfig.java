package nl.gezin1plan.monitor.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.gezin1plan.monitor.organisatie.GebruikerRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Vaadin Flow without a frontend bundle of our own still runs inline scripts and styles and evaluates the
     * JavaScript it sends from the server, so scripts need 'unsafe-inline' and 'unsafe-eval'. Everything else
     * comes from this server only; no page may frame ours.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    private static final RequestMatcher EXPORTS = PathPatternRequestMatcher.withDefaults().matcher("/export/**");
    private static final RequestMatcher BIJLAGEN = PathPatternRequestMatcher.withDefaults().matcher("/bijlage/**");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinVerzoeken, GebruikerRepository gebruikers)
            throws Exception {
        // A session begun before the person's password was reset or changed, or before they were deactivated, ends.
        http.addFilterAfter(new SessieControle(gebruikers), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/app.css", "/images/**", "/webjars/**", SecurityTxt.PAD, "/error").permitAll()
                // An export writes an audit line in the user's name: only our own pages and the address bar start one.
                .requestMatchers(new AndRequestMatcher(EXPORTS, new VreemdeHerkomst())).denyAll()
                // The respondent downloads one export: their own organisation's report (the service checks whose).
                .requestMatchers(HttpMethod.GET, "/export/organisatierapport.pdf")
                .hasAnyRole(Rechten.EXPORTS, Rechten.EIGEN_UITVRAAG)
                .requestMatchers(HttpMethod.GET, "/export/**")
                .hasRole(Rechten.EXPORTS)
                // Spring answers HEAD with the GET handler, which would run the export and record it in the audit log.
                .requestMatchers(EXPORTS).denyAll()
                // A download is recorded in the audit log too; whose attachment it is, the service decides.
                .requestMatchers(new AndRequestMatcher(BIJLAGEN, new VreemdeHerkomst())).denyAll()
                .requestMatchers(HttpMethod.GET, "/bijlage/**").authenticated()
                .requestMatchers(BIJLAGEN).denyAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                // Vaadin's pages reach its servlet through a forward that commits the response without Spring
                // Security's lazy header writing noticing (checked: no CSP, no nosniff on /login); write them first.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Vaadin checks its own token on its internal requests, but also exempts the login page, so that a foreign
        // page could log the victim in as someone else. The login form sends Spring's token (Vaadin puts it in the
        // page's <meta name="_csrf">), so only Vaadin's internal requests are exempt here.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinVerzoeken::isFrameworkInternalRequest));
        // A relative Location, so that a forged Host header is never sent back as the place to log in.
        LoginUrlAuthenticationEntryPoint naarInloggen = new LoginUrlAuthenticationEntryPoint("/login");
        naarInloggen.setFavorRelativeUris(true);
        http.exceptionHandling(uitzonderingen -> uitzonderingen.authenticationEntryPoint(naarInloggen));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                .enableCsrfConfiguration(false)
                // Vaadin denies every path that is no view, so a logged-in user who mistyped an address got an empty
                // 403; let it through to Vaadin, which answers with the application's own not-found page.
                .anyRequest(url -> url.authenticated()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
