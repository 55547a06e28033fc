package io.vetted.vendor.estimate;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Compare")
public interface EstimateOperations {

    @Get("/api/estimates")
    @Operation(
            summary = "Estimate each offer's monthly cost for a fleet (users, workstations, servers, hours), "
                    + "for 1 to 4 published providers, with the working")
    EstimateResponse estimate(@Valid @RequestBean EstimateCriteria criteria);
}
