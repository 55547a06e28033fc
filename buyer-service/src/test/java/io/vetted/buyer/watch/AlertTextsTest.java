package io.vetted.buyer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertTextsTest {

    @Test
    void aRiseWithTheNoticeKeptSaysSoWithTheDaysGivenAndPromised() {
        AlertTexts.Texts texts = AlertTexts.of(price("100.00", "105.50", 45, 30, true));

        assertThat(texts.subjectEn()).isEqualTo("Infogérance Lyon: price of \"Forfait PME\" up (+5.5%)");
        assertThat(texts.bodyEn())
                .contains("€100.00 → €105.50 (+5.5%)", "Notice: notice kept (45 days given, 30 promised)");
        assertThat(texts.bodyFr())
                .contains("100,00 € → 105,50 € (+5,5 %)", "Préavis : respecté (45 jours donnés, 30 promis)");
    }

    @Test
    void aCutIsSaidToGoDown() {
        AlertTexts.Texts texts = AlertTexts.of(price("100.00", "90.00", 0, 30, true));

        assertThat(texts.subjectEn()).endsWith("down (-10.0%)");
        assertThat(texts.subjectFr()).endsWith("en baisse (-10,0 %)");
    }

    @Test
    void anSlaLoweringGivesTheOldAndNewResponseTimes() {
        AlertTexts.Texts texts = AlertTexts.of(event(
                WatchEventRequest.Kind.SLA_LOWERED, null, new WatchEventRequest.SlaChange("critical", 60, 240), null));

        assertThat(texts.bodyEn())
                .isEqualTo("Infogérance Lyon changes its response time to critical incidents: 1 h → 4 h.");
        assertThat(texts.bodyFr()).contains("incidents critiques : 1 h → 4 h");
    }

    @Test
    void aResponseTimeNoLongerPromisedIsSaidSo() {
        AlertTexts.Texts texts = AlertTexts.of(event(
                WatchEventRequest.Kind.SLA_LOWERED, null, new WatchEventRequest.SlaChange("high", 90, null), null));

        assertThat(texts.bodyEn()).contains("high-priority incidents: 90 min → no response time promised");
    }

    @Test
    void aLostVerificationNamesTheClaim() {
        AlertTexts.Texts texts = AlertTexts.of(event(
                WatchEventRequest.Kind.CLAIM_UNVERIFIED, null, null, new WatchEventRequest.ClaimChange("ISO_27001")));

        assertThat(texts.subjectEn()).isEqualTo("Infogérance Lyon: ISO 27001 no longer verified");
        assertThat(texts.subjectFr()).isEqualTo("Infogérance Lyon : ISO 27001 n'est plus vérifié");
    }

    @Test
    void aLowRatingSaysItsStarsInBothLanguages() {
        var event = new WatchEventRequest(
                UUID.randomUUID(),
                WatchEventRequest.Kind.LOW_RATING,
                UUID.randomUUID(),
                "Infogérance Lyon",
                null,
                null,
                null,
                null,
                null,
                new WatchEventRequest.Rating(UUID.randomUUID(), 2));

        var texts = AlertTexts.of(event);

        assertThat(texts.subjectFr()).isEqualTo("Infogérance Lyon : nouvelle référence à 2/5");
        assertThat(texts.subjectEn()).isEqualTo("Infogérance Lyon: new reference rated 2/5");
    }

    @Test
    void keepsTheSubjectWithinTwoHundredCharacters() {
        var event = new WatchEventRequest(
                UUID.randomUUID(),
                WatchEventRequest.Kind.CLAIM_UNVERIFIED,
                UUID.randomUUID(),
                "A".repeat(200),
                null,
                null,
                null,
                new WatchEventRequest.ClaimChange("HDS"),
                null,
                null);

        assertThat(AlertTexts.of(event).subjectEn()).hasSize(200).endsWith("…");
    }

    private static WatchEventRequest price(String from, String to, int given, int promised, boolean kept) {
        return event(
                WatchEventRequest.Kind.PRICE_CHANGED,
                new WatchEventRequest.PriceChange(
                        "Forfait PME",
                        new BigDecimal(from),
                        new BigDecimal(to),
                        null,
                        LocalDate.of(2027, 3, 1),
                        given,
                        promised,
                        kept),
                null,
                null);
    }

    private static WatchEventRequest event(
            WatchEventRequest.Kind kind,
            WatchEventRequest.PriceChange price,
            WatchEventRequest.SlaChange sla,
            WatchEventRequest.ClaimChange claim) {
        return new WatchEventRequest(
                UUID.randomUUID(), kind, UUID.randomUUID(), "Infogérance Lyon", null, price, sla, claim, null, null);
    }
}
