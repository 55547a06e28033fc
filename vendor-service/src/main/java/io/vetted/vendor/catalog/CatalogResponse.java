package io.vetted.vendor.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
public record CatalogResponse(
        List<Specialty> specialties,
        List<Sector> sectors,
        List<ComplianceTopic> certifications,
        List<ComplianceTopic> practices,
        List<FrenchAreas.Region> regions) {}
