package io.vetted.review.reply;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record ReplyRequest(@NotBlank @Size(max = 2000) String body) {}
