package io.vetted.web.moderation;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContext;
import java.util.List;

@Introspected
public record ModerationPage(PageContext ctx, List<ReviewClient.QueueItem> items) {}
