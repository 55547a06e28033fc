package io.vetted.vendor.sla;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Tag(name = "Profile sections")
public interface SlaOperations {

    @Put("/api/providers/{id}/sla")
    @Operation(
            summary =
                    "State the SLA: support hours, after-hours service, targets per severity, penalties (409 when the version is stale)")
    SlaResponse update(@PathVariable UUID id, @Valid @NotNull @Body SlaRequest sla);
}
