package io.vetted.buyer.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.BuyerTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** When vendor-service cannot say whether a provider is published, nothing is added and the buyer may retry. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VendorOutageApiTest implements BuyerTest {

    @Inject
    ShortlistClient shortlists;

    @Test
    void addingAProviderWhileVendorServiceIsDownAnswers503AndAddsNothing() {
        var provider = vendor().publishedProvider();
        vendor().stop();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var list = shortlists.create(new ShortlistPayloads.Naming("Liste")).body();

            assertThatThrownBy(() -> shortlists.add(list.id(), new ShortlistPayloads.NewEntry(provider, null)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.SERVICE_UNAVAILABLE))
                    .satisfies(e -> assertThat(((HttpClientResponseException) e)
                                    .getResponse()
                                    .header("Retry-After"))
                            .isNotNull());
            assertThat(shortlists.shortlist(list.id()).entries()).isEmpty();
        }
    }
}
