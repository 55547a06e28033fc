package io.vetted.support.auth;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * @param requiredForWrites whether PROVIDER and MODERATOR accounts need a second factor in their
 *                          token ({@code amr} has {@code mfa}) to change anything
 * @param exemptPaths       Ant patterns of write routes open without it (enrolling the factor itself)
 */
@ConfigurationProperties("vetted.security.mfa")
public record MfaPolicy(boolean requiredForWrites, @Nullable List<String> exemptPaths) {

    public List<String> exemptions() {
        return exemptPaths == null ? List.of() : exemptPaths;
    }
}
