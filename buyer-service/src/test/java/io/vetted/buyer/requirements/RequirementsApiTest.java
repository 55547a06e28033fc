package io.vetted.buyer.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.BuyerTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An SME account keeps one set of requirements, its own, replaced as a whole under optimistic locking. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequirementsApiTest implements BuyerTest {

    @Inject
    RequirementsClient requirements;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void anAccountWithoutRequirementsReadsEmptyOnesWithoutAVersion() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            RequirementsResponse none = requirements.requirements();

            assertThat(none.version()).isNull();
            assertThat(none.departments()).isEmpty();
            assertThat(none.certifications()).isEmpty();
        }
    }

    @Test
    void savedRequirementsComeBackAsSent() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            requirements.save(sample(null));

            RequirementsResponse read = requirements.requirements();
            assertThat(read.fleet()).isEqualTo(new RequirementsRequest.Fleet(12, 14, 2));
            assertThat(read.departments()).containsExactly("84", "2A", "974");
            assertThat(read.specialties()).containsExactly(Specialty.HELPDESK, Specialty.BACKUP_RECOVERY);
            assertThat(read.afterHours()).isEqualTo(AfterHours.ON_CALL);
            assertThat(read.maxCriticalResponseMinutes()).isEqualTo(240);
            assertThat(read.certifications())
                    .containsExactly(
                            new RequirementsRequest.RequiredCertification(
                                    Certification.ISO_27001, CertificationLevel.VERIFIED_ONLY),
                            new RequirementsRequest.RequiredCertification(
                                    Certification.HDS, CertificationLevel.DECLARED_ACCEPTABLE));
            assertThat(read.maxMonthlyBudgetEur()).isEqualByComparingTo("1450.50");
            assertThat(read.subcontractingAcceptable()).isFalse();
            assertThat(read.version()).isNotNull();
        }
    }

    @Test
    void aSecondSaveWithTheVersionReadReplacesTheRequirements() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            RequirementsResponse first = requirements.save(sample(null));

            RequirementsResponse second = requirements.save(
                    new RequirementsRequest(null, List.of("13"), null, null, null, null, null, true, first.version()));

            assertThat(second.version()).isGreaterThan(first.version());
            assertThat(requirements.requirements().departments()).containsExactly("13");
            assertThat(requirements.requirements().specialties()).isEmpty();
        }
    }

    @Test
    void rejectsAStaleWriteWith409() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            RequirementsResponse first = requirements.save(sample(null));
            requirements.save(sample(first.version()));

            assertThatThrownBy(() -> requirements.save(sample(first.version())))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }
    }

    @Test
    void rejectsACreationWhenRequirementsAlreadyExistWith409() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            requirements.save(sample(null));

            assertThatThrownBy(() -> requirements.save(sample(null)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }
    }

    @Test
    void rejectsAnUnknownDepartmentNamingIt() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            assertThatThrownBy(() -> requirements.save(new RequirementsRequest(
                            null, List.of("84", "20"), null, null, null, null, null, null, null)))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "departments[1]"));
        }
    }

    @Test
    void rejectsTheSameCertificationTwiceNamingIt() {
        var twice = List.of(
                new RequirementsRequest.RequiredCertification(Certification.HDS, CertificationLevel.VERIFIED_ONLY),
                new RequirementsRequest.RequiredCertification(
                        Certification.HDS, CertificationLevel.DECLARED_ACCEPTABLE));
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            assertThatThrownBy(() -> requirements.save(
                            new RequirementsRequest(null, null, null, null, null, twice, null, null, null)))
                    .satisfies(e -> Problems.assertViolation(
                            e, HttpStatus.UNPROCESSABLE_ENTITY, "certifications[1].certification"));
        }
    }

    @Test
    void rejectsANegativeFleetNamingTheField() {
        // a raw request: the typed client would refuse to send an invalid body
        assertThatThrownBy(() -> put(Map.of("fleet", Map.of("users", -1))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "fleet.users"));
    }

    @Test
    void rejectsABudgetWithMoreThanCentsNamingTheField() {
        assertThatThrownBy(() -> put(Map.of("maxMonthlyBudgetEur", new BigDecimal("99.999"))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "maxMonthlyBudgetEur"));
    }

    @Test
    void rejectsAnUnknownSpecialtyWith400() {
        assertThatThrownBy(() -> put(Map.of("specialties", List.of("KNITTING"))))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.BAD_REQUEST));
    }

    @Test
    void aBuyerNeverReadsAnotherBuyersRequirements() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            requirements.save(sample(null));
        }
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            assertThat(requirements.requirements().version()).isNull();
        }
    }

    @Test
    void refusesAProviderWith403() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> requirements.requirements())
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void refusesAnAnonymousCallerWith401() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/buyer/requirements")))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(401));
    }

    private void put(Map<String, Object> body) {
        http.toBlocking()
                .exchange(HttpRequest.PUT("/api/buyer/requirements", body)
                        .bearerAuth(TestIssuer.shared().account("SME").token()));
    }

    private static RequirementsRequest sample(Long version) {
        return new RequirementsRequest(
                new RequirementsRequest.Fleet(12, 14, 2),
                List.of("84", "2A", "974", "84"),
                List.of(Specialty.HELPDESK, Specialty.BACKUP_RECOVERY),
                AfterHours.ON_CALL,
                240,
                List.of(
                        new RequirementsRequest.RequiredCertification(
                                Certification.ISO_27001, CertificationLevel.VERIFIED_ONLY),
                        new RequirementsRequest.RequiredCertification(
                                Certification.HDS, CertificationLevel.DECLARED_ACCEPTABLE)),
                new BigDecimal("1450.50"),
                false,
                version);
    }
}
