package io.vetted.vendor.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.codec.CodecException;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the register about one SIREN. Whatever goes wrong on the way (no answer in time, an error
 * status, a body it cannot read) is {@link RegisterState#UNAVAILABLE}, never an error for the caller.
 */
@Singleton
class CompanyRegister {

    private static final Logger LOG = LoggerFactory.getLogger(CompanyRegister.class);

    private final RegisterClient client;

    CompanyRegister(RegisterClient client) {
        this.client = client;
    }

    record Lookup(RegisterState state, @Nullable String name) {}

    Lookup lookup(String siren) {
        RegisterAnswer answer;
        try {
            answer = client.search(siren);
        } catch (HttpClientResponseException e) {
            LOG.warn(
                    "The company register answered {} for a SIREN lookup",
                    e.getStatus().getCode());
            return new Lookup(RegisterState.UNAVAILABLE, null);
        } catch (HttpClientException | CodecException e) {
            LOG.warn("The company register is unavailable: {}", e.getMessage());
            return new Lookup(RegisterState.UNAVAILABLE, null);
        }
        if (answer == null) {
            return new Lookup(RegisterState.UNAVAILABLE, null);
        }
        List<RegisterAnswer.Company> results = answer.results() == null ? List.of() : answer.results();
        return results.stream()
                .filter(c -> siren.equals(c.siren()))
                .findFirst()
                .map(CompanyRegister::of)
                .orElse(new Lookup(RegisterState.NOT_FOUND, null));
    }

    private static Lookup of(RegisterAnswer.Company company) {
        String name = company.fullName() != null ? company.fullName() : company.legalName();
        if (name == null || name.isBlank()) {
            return new Lookup(RegisterState.UNAVAILABLE, null);
        }
        name = name.strip();
        if (name.length() > 300) {
            name = name.substring(0, 300);
        }
        return switch (String.valueOf(company.administrativeState())) {
            case "A" -> new Lookup(RegisterState.ACTIVE, name);
            case "C" -> new Lookup(RegisterState.CLOSED, name);
            default -> new Lookup(RegisterState.UNAVAILABLE, null);
        };
    }
}
