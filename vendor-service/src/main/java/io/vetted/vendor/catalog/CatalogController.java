package io.vetted.vendor.catalog;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Arrays;
import java.util.List;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogController implements CatalogOperations {

    private final FrenchAreas areas;

    CatalogController(FrenchAreas areas) {
        this.areas = areas;
    }

    @Override
    public CatalogResponse catalog() {
        List<ComplianceTopic> topics = Arrays.asList(ComplianceTopic.values());
        return new CatalogResponse(
                List.of(Specialty.values()),
                List.of(Sector.values()),
                topics.stream().filter(ComplianceTopic::certification).toList(),
                topics.stream().filter(t -> !t.certification()).toList(),
                areas.regions());
    }
}
