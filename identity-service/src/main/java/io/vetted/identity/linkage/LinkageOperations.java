package io.vetted.identity.linkage;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

@Tag(name = "Internal")
public interface LinkageOperations {

    @Post("/api/internal/linkage/matches")
    @Operation(
            summary =
                    "Which of the given accounts share a network address or device with one account, within the retention period (services only)")
    Matches matches(@Valid @NotNull @Body Query query);

    @Serdeable
    record Query(
            @NotNull UUID accountId,
            @NotNull @Size(max = 500) List<@NotNull UUID> otherAccountIds) {}

    /** {@code signals}: ADDRESS and/or DEVICE. */
    @Serdeable
    record Match(UUID accountId, List<String> signals) {}

    @Serdeable
    record Matches(List<Match> matches) {}
}
