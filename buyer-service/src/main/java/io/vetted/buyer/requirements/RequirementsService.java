package io.vetted.buyer.requirements;

import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Singleton
public class RequirementsService {

    private static final String STALE =
            "Your requirements were changed elsewhere in the meantime; reload them and apply your change again.";

    private final RequirementsRepository repository;

    RequirementsService(RequirementsRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public RequirementsResponse of(UUID account) {
        return repository.findById(account).map(RequirementsService::view).orElseGet(RequirementsResponse::none);
    }

    @Transactional
    RequirementsResponse save(UUID account, RequirementsRequest request) {
        String[] departments = departments(request.departments());
        String[] certifications = certifications(request.certifications());
        Optional<Requirements> existing = repository.findById(account);
        if (!Objects.equals(
                request.version(), existing.map(Requirements::version).orElse(null))) {
            throw ApiProblems.conflict(STALE);
        }
        RequirementsRequest.Fleet fleet =
                Optional.ofNullable(request.fleet()).orElse(new RequirementsRequest.Fleet(null, null, null));
        Requirements row = new Requirements(
                account,
                fleet.users(),
                fleet.workstations(),
                fleet.servers(),
                departments,
                orEmpty(request.specialties()).stream()
                        .distinct()
                        .map(Enum::name)
                        .toArray(String[]::new),
                request.afterHours(),
                request.maxCriticalResponseMinutes(),
                certifications,
                request.maxMonthlyBudgetEur(),
                request.subcontractingAcceptable(),
                request.version(),
                existing.map(Requirements::createdAt).orElse(null),
                null);
        // an update on a version another request moved on in between fails (OptimisticLockException: 409)
        return view(existing.isPresent() ? repository.update(row) : repository.save(row));
    }

    private static String[] departments(List<String> requested) {
        List<String> codes = orEmpty(requested);
        for (int i = 0; i < codes.size(); i++) {
            if (!Departments.isDepartment(codes.get(i))) {
                throw ApiProblems.unprocessable(
                        "departments[" + i + "]", "is not a French département code (01–95, 2A, 2B, 971–976)");
            }
        }
        return new LinkedHashSet<>(codes).toArray(String[]::new);
    }

    private static String[] certifications(List<RequirementsRequest.RequiredCertification> requested) {
        List<RequirementsRequest.RequiredCertification> required = orEmpty(requested);
        Set<Certification> seen = EnumSet.noneOf(Certification.class);
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            RequirementsRequest.RequiredCertification one = required.get(i);
            if (!seen.add(one.certification())) {
                throw ApiProblems.unprocessable(
                        "certifications[" + i + "].certification", "is already required above; keep one level");
            }
            stored.add(one.certification().name() + "=" + one.level().name());
        }
        return stored.toArray(String[]::new);
    }

    private static RequirementsResponse view(Requirements row) {
        return new RequirementsResponse(
                new RequirementsRequest.Fleet(row.users(), row.workstations(), row.servers()),
                List.of(row.departments()),
                Arrays.stream(row.specialties()).map(Specialty::valueOf).toList(),
                row.afterHours(),
                row.maxCriticalResponseMinutes(),
                Arrays.stream(row.certifications())
                        .map(pair -> pair.split("=", 2))
                        .map(pair -> new RequirementsRequest.RequiredCertification(
                                Certification.valueOf(pair[0]), CertificationLevel.valueOf(pair[1])))
                        .toList(),
                row.maxMonthlyBudgetEur(),
                row.subcontractingAcceptable(),
                row.version(),
                row.updatedAt());
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
