package io.vetted.review.reputation;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.UUID;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReputationController implements ReputationOperations {

    private final ReputationLedger ledger;

    ReputationController(ReputationLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public ReputationView reputation(UUID providerId) {
        return ledger.current(providerId);
    }
}
