package io.vetted.vendor.sla;

import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.provider.ProfileAccess;
import io.vetted.vendor.provider.Provider;
import io.vetted.vendor.search.SearchIndex;
import io.vetted.vendor.watch.WatchEvents;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;

@Singleton
public class SlaService {

    private final SlaRepository slas;
    private final ProfileAccess access;
    private final SearchIndex search;
    private final WatchEvents watch;

    SlaService(SlaRepository slas, ProfileAccess access, SearchIndex search, WatchEvents watch) {
        this.slas = slas;
        this.access = access;
        this.search = search;
        this.watch = watch;
    }

    @Transactional
    public void createBlank(UUID providerId) {
        slas.save(SlaTerms.blank(providerId));
    }

    @ReadOnly
    public SlaResponse of(UUID providerId) {
        return SlaResponse.of(slas.findById(providerId).orElseGet(() -> SlaTerms.blank(providerId)));
    }

    @Transactional
    public SlaResponse update(UUID providerId, SlaRequest request) {
        Provider provider = access.requireEditable(providerId);
        checkRules(request);
        SlaTerms stored = slas.findById(providerId).orElseThrow(() -> ApiProblems.notFound("No SLA for " + providerId));
        SlaTerms updated = slas.update(new SlaTerms(
                providerId,
                request.supportDays().stream().sorted().map(Enum::name).toArray(String[]::new),
                request.supportFrom(),
                request.supportTo(),
                request.afterHours(),
                request.afterHoursSurchargePercent(),
                request.criticalResponseMinutes(),
                request.criticalResolutionMinutes(),
                request.highResponseMinutes(),
                request.highResolutionMinutes(),
                request.normalResponseMinutes(),
                request.normalResolutionMinutes(),
                request.availabilityPercent(),
                text(request.serviceCredits()),
                request.reportingCadence(),
                text(request.workingMethod()),
                request.version(),
                stored.createdAt(),
                null));
        SlaLowering.between(stored, request).ifPresent(lowered -> watch.slaLowered(provider, lowered));
        search.refresh(providerId);
        return SlaResponse.of(updated);
    }

    private static void checkRules(SlaRequest request) {
        if (!request.supportTo().isAfter(request.supportFrom())) {
            throw ApiProblems.unprocessable("supportTo", "support must end after it starts");
        }
        if (request.afterHours() == AfterHours.NONE && request.afterHoursSurchargePercent() != null) {
            throw ApiProblems.unprocessable(
                    "afterHoursSurchargePercent", "there is no surcharge without after-hours service");
        }
        inOrder("critical", request.criticalResponseMinutes(), request.criticalResolutionMinutes());
        inOrder("high", request.highResponseMinutes(), request.highResolutionMinutes());
        inOrder("normal", request.normalResponseMinutes(), request.normalResolutionMinutes());
    }

    private static void inOrder(String severity, Integer response, Integer resolution) {
        if (response != null && resolution != null && resolution < response) {
            throw ApiProblems.unprocessable(
                    severity + "ResolutionMinutes", "resolution cannot come before the response");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
