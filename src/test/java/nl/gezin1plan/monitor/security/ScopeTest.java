package nl.gezin1plan.monitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import nl.gezin1plan.monitor.organisatie.Rol;
import nl.gezin1plan.monitor.organisatie.ScopeVoorwaarde;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Which part of the region each role's scope holds, decided in one place. */
class ScopeTest {

    @Test
    void eachRoleGetsTheScopeOfItsUnit() {
        assertThat(Scope.van(Rol.BEHEERDER, null, null, null)).isEqualTo(new Scope.Regio());
        assertThat(Scope.van(Rol.ACCOUNTMANAGER, null, null, null)).isEqualTo(new Scope.Regio());
        assertThat(Scope.van(Rol.AGENDAHOUDER, 3L, null, null)).isEqualTo(new Scope.Gemeente(3));
        assertThat(Scope.van(Rol.AANDACHTSFUNCTIONARIS, 3L, 7L, null)).isEqualTo(new Scope.Afdeling(3, 7));
        assertThat(Scope.van(Rol.ORGANISATIE, null, null, 9L)).isEqualTo(new Scope.Organisatie(9));
    }

    @Test
    void everyRoleGetsTheScopeOfTheUnitItIsHeldIn() {
        for (Rol rol : Rol.values()) {
            Scope scope = Scope.van(rol, 3L, 7L, 9L);
            Class<?> verwacht = switch (rol.eenheid()) {
                case REGIO -> Scope.Regio.class;
                case GEMEENTE -> Scope.Gemeente.class;
                case AFDELING -> Scope.Afdeling.class;
                case ORGANISATIE -> Scope.Organisatie.class;
            };
            assertThat(scope).as(rol.name()).isInstanceOf(verwacht);
        }
    }

    @Test
    void everyRoleHasADutchName() throws java.io.IOException {
        java.util.Properties teksten = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            teksten.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (Rol rol : Rol.values()) {
            assertThat(teksten.getProperty("rol." + rol.name())).as("rol." + rol.name()).isNotBlank();
        }
    }

    @Test
    void aPersonIsOnlyMadeInTheUnitOfTheirRole() {
        assertThatThrownBy(() -> nl.gezin1plan.monitor.organisatie.Gebruiker.regionaal("x", "X", "", Rol.AGENDAHOUDER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> nl.gezin1plan.monitor.organisatie.Gebruiker.inOrganisatie("x", "X", "", Rol.BEHEERDER,
                null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRoleWithoutItsUnitHoldsNothing() {
        Scope scope = Scope.van(Rol.AGENDAHOUDER, null, null, null);

        assertThat(scope).isEqualTo(new Scope.Geen());
        assertThat(scope.omvatGemeente(3)).isFalse();
        assertThat(scope.omvatAfdeling(3, 7)).isFalse();
        assertThat(scope.organisaties()).isEmpty();
        assertThat(Scope.van(Rol.ORGANISATIE, 1L, null, null)).isEqualTo(new Scope.Geen());
        assertThat(Scope.van(Rol.AANDACHTSFUNCTIONARIS, 3L, null, null)).isEqualTo(new Scope.Geen());
    }

    @Test
    void aGemeenteHoldsItselfAndItsAfdelingenButAnAfdelingOnlyItself() {
        Scope gemeente = new Scope.Gemeente(3);
        Scope afdeling = new Scope.Afdeling(3, 7);

        assertThat(gemeente.omvatGemeente(3)).isTrue();
        assertThat(gemeente.omvatGemeente(4)).isFalse();
        assertThat(gemeente.omvatAfdeling(3, 8)).isTrue();
        assertThat(gemeente.omvatAfdeling(4, 8)).isFalse();
        assertThat(afdeling.omvatGemeente(3)).isFalse();
        assertThat(afdeling.omvatAfdeling(3, 7)).isTrue();
        assertThat(afdeling.omvatAfdeling(3, 8)).isFalse();
        assertThat(new Scope.Regio().omvatAfdeling(4, 8)).isTrue();
        assertThat(new Scope.Organisatie(9).omvatGemeente(3)).isFalse();
    }

    @Test
    void onlyTheExactUnitIsOnesOwn() {
        assertThat(new Scope.Gemeente(3).isEigenGemeente(3)).isTrue();
        assertThat(new Scope.Regio().isEigenGemeente(3)).isFalse();
        assertThat(new Scope.Afdeling(3, 7).isEigenGemeente(3)).isFalse();
        assertThat(new Scope.Afdeling(3, 7).isEigenAfdeling(7)).isTrue();
        assertThat(new Scope.Organisatie(9).isEigenOrganisatie(9)).isTrue();
        assertThat(new Scope.Organisatie(9).isEigenOrganisatie(8)).isFalse();
        assertThat(new Scope.Gemeente(3).gemeente()).contains(3L);
        assertThat(new Scope.Afdeling(3, 7).gemeente()).contains(3L);
        assertThat(new Scope.Regio().gemeente()).isEmpty();
    }

    @Test
    void gemeenteFiguresAreLimitedToTheScopesGemeenteAndRefusedOutsideAnyGemeente() {
        assertThat(new Scope.Regio().gemeenteGrens()).isNull();
        assertThat(new Scope.Gemeente(3).gemeenteGrens()).isEqualTo(3L);
        assertThat(new Scope.Afdeling(3, 7).gemeenteGrens()).isEqualTo(3L);
        assertThatThrownBy(() -> new Scope.Organisatie(9).gemeenteGrens()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new Scope.Geen().gemeenteGrens()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void organisationsAreLimitedByGemeenteOrOwnIdAndAnAfdelingIsRefused() {
        assertThat(new Scope.Regio().organisaties()).contains(ScopeVoorwaarde.ALLE);
        assertThat(new Scope.Gemeente(3).organisaties()).contains(new ScopeVoorwaarde(3L, null));
        assertThat(new Scope.Organisatie(9).organisaties()).contains(new ScopeVoorwaarde(null, 9L));
        assertThat(new Scope.Afdeling(3, 7).organisaties()).isEmpty();
        assertThatThrownBy(() -> new Scope.Afdeling(3, 7).organisatiesOfWeiger())
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFilterOnAGemeenteNarrowsTheRegionButNotAnotherGemeente() {
        assertThat(ScopeVoorwaarde.ALLE.binnen(4L)).contains(new ScopeVoorwaarde(4L, null));
        assertThat(ScopeVoorwaarde.werkendVoor(3).binnen(3L)).contains(new ScopeVoorwaarde(3L, null));
        assertThat(ScopeVoorwaarde.werkendVoor(3).binnen(4L)).isEqualTo(Optional.empty());
        assertThat(ScopeVoorwaarde.werkendVoor(3).binnen(null)).contains(new ScopeVoorwaarde(3L, null));
        assertThat(ScopeVoorwaarde.alleen(9).binnen(4L)).contains(new ScopeVoorwaarde(4L, 9L));
    }
}
