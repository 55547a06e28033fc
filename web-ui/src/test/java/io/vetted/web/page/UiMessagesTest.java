package io.vetted.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UiMessagesTest {

    private final UiMessages messages = new UiMessages();

    @Test
    void keepsTheApostrophesOfFrenchText() {
        assertThat(messages.find("error.404", Locale.FRENCH)).hasValue("Cette page n'existe pas.");
    }

    @Test
    void fillsArgumentsWithoutEatingApostrophes() {
        assertThat(messages.find("nav.signedInAs", Locale.FRENCH, "L'Atelier d'Anna"))
                .hasValue("Connecté : L'Atelier d'Anna");
    }

    @Test
    void writesANumberArgumentInTheVisitorsNotation() {
        assertThat(messages.find("searchFilters.showMoreThan", Locale.FRENCH, 12345))
                .hasValue("Afficher plus de "
                        + NumberFormat.getInstance(Locale.FRENCH).format(12345) + " résultats");
    }

    @Test
    void choosesTheWordingByTheNumber() {
        assertThat(messages.find("searchFilters.show", Locale.FRENCH, 1)).hasValue("Afficher 1 résultat");
        assertThat(messages.find("searchFilters.show", Locale.FRENCH, 3)).hasValue("Afficher 3 résultats");
    }

    @Test
    void speaksEnglishWhenAskedTo() {
        assertThat(messages.find("error.404", Locale.ENGLISH)).hasValue("This page does not exist.");
    }
}
