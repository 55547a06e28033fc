package io.vetted.buyer.quote;

import io.vetted.buyer.BuyerTest;
import io.vetted.buyer.requirements.RequirementsRequest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A buyer-service test whose vendor-service publishes SLAs and prices ({@link FakeProfiles}, one per class). */
interface QuoteTest extends BuyerTest {

    Map<Class<?>, FakeProfiles> PROFILES = new ConcurrentHashMap<>();

    default FakeProfiles profiles() {
        return PROFILES.computeIfAbsent(getClass(), key -> new FakeProfiles());
    }

    @Override
    default Map<String, String> additionalProperties() {
        Map<String, String> properties = new HashMap<>(BuyerTest.super.additionalProperties());
        properties.put("micronaut.http.services.vendor.url", profiles().url());
        return properties;
    }

    /** 60-minute critical response, on-call after hours, 30 EUR per seat, 90 days' notice before a price change. */
    static FakeProfiles.Published alpha() {
        return new FakeProfiles.Published("Alpha Infogérance", 60, "ON_CALL", 30, 90);
    }

    /** Ten users: Alpha's published monthly price for this fleet is 300 EUR. */
    static RequirementsRequest tenUsers() {
        return new RequirementsRequest(
                new RequirementsRequest.Fleet(10, 12, 1),
                List.of("69"),
                List.of(),
                null,
                120,
                List.of(),
                null,
                null,
                null);
    }

    /** Within everything Alpha publishes. */
    static QuotePayloads.Answer consistentAnswer() {
        return new QuotePayloads.Answer(
                PricingModel.MONTHLY_FIXED,
                new BigDecimal("280.00"),
                "Support, sauvegarde",
                30,
                AfterHours.ON_CALL,
                90,
                null);
    }

    /** Slower, less cover, dearer and with shorter notice than Alpha publishes. */
    static QuotePayloads.Answer contradictingAnswer() {
        return new QuotePayloads.Answer(
                PricingModel.MONTHLY_FIXED,
                new BigDecimal("450.00"),
                "Support",
                240,
                AfterHours.NONE,
                30,
                "Engagement 36 mois");
    }
}
