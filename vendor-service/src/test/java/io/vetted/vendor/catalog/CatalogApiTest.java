package io.vetted.vendor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogApiTest implements PostgresTest {

    @Inject
    CatalogClient catalog;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void listsTheEighteenRegionsWithTheirHundredAndOneDepartments() {
        var regions = catalog.catalog().regions();

        assertThat(regions).hasSize(18);
        assertThat(regions.stream().mapToInt(r -> r.departments().size()).sum()).isEqualTo(101);
        assertThat(regions)
                .filteredOn(r -> r.code().equals("94"))
                .singleElement()
                .satisfies(corse -> assertThat(corse.departments())
                        .extracting(FrenchAreas.Department::code)
                        .containsExactly("2A", "2B"));
    }

    @Test
    void separatesCertificationsFromPractices() {
        CatalogResponse answer = catalog.catalog();

        assertThat(answer.certifications())
                .contains(ComplianceTopic.ISO_27001, ComplianceTopic.HDS)
                .doesNotContain(ComplianceTopic.GDPR_DPA);
        assertThat(answer.practices()).contains(ComplianceTopic.GDPR_DPA, ComplianceTopic.LIABILITY_INSURANCE);
        assertThat(answer.specialties()).hasSize(Specialty.values().length);
    }
}
