package io.vetted.vendor.estimate;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class EstimateController implements EstimateOperations {

    private final CostEstimator estimator;

    EstimateController(CostEstimator estimator) {
        this.estimator = estimator;
    }

    @Override
    public EstimateResponse estimate(EstimateCriteria criteria) {
        return estimator.estimate(criteria);
    }
}
