package io.vetted.vendor.team;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** An account of an agency's team; an account belongs to one team at most. */
@MappedEntity("team_member")
public record TeamMember(@Id UUID accountId, UUID providerId, String displayName, String email, Instant addedAt) {}
