package io.vetted.buyer.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as contact details in a quote thread before the buyer reveals theirs. */
class ContactDetailsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Écrivez-moi : claire.martin@cabinet-martin.fr",
                "claire.martin (at) cabinet-martin (dot) fr",
                "claire arobase cabinet-martin point fr",
                "Appelez le 06 12 34 56 78",
                "Appelez le 06.12.34.56.78",
                "Appelez le 0612345678",
                "Mon portable : +33 6 12 34 56 78",
                "Mon portable : 0033612345678",
                "From Brussels: +32 470 12 34 56"
            })
    void findsEmailAddressesAndPhoneNumbersHoweverSpelt(String text) {
        assertThat(ContactDetails.present(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "14 postes, 2 serveurs, un site à Lyon",
                "Forfait de 1 290,00 € HT par mois, 12 mois d'engagement",
                "SIRET 123 456 789 00012",
                "Intervention sous 4 h entre 8 h et 19 h, du 05/01/2027 au 31/12/2027",
                "Nous sommes à Lyon (69) depuis 2009 at least"
            })
    void leavesFiguresDatesAndPricesAlone(String text) {
        assertThat(ContactDetails.present(text)).isFalse();
    }
}
