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
            summary = "Each of 1 to 4 published providers' total per month and per year for a fleet (users, "
                    + "workstations, servers, hours, on-site call-outs): its fixed fee plus the extras it excludes, "
                    + "with the working; each offer is also priced on its own")
    EstimateResponse estimate(@Valid @RequestBean EstimateCriteria criteria);
}
