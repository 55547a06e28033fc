package io.vetted.buyer.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Without vendor-service there is nothing to match against: a clear 503 the page can explain, never a 500. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchVendorOutageApiTest implements MatchTest {

    final FakeMatchVendor vendor = new FakeMatchVendor();

    @Inject
    MatchClient matches;

    @Inject
    NeedsClient needs;

    @Override
    public FakeMatchVendor vendor() {
        return vendor;
    }

    @Test
    void matchingWhileVendorServiceIsDownAnswers503WithRetryAfter() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            needs.save(MatchApiTest.everything());
            vendor.stop();

            assertThatThrownBy(() -> matches.matches())
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.SERVICE_UNAVAILABLE))
                    .satisfies(e -> assertThat(((HttpClientResponseException) e)
                                    .getResponse()
                                    .header("Retry-After"))
                            .isNotNull());
        }
    }
}
