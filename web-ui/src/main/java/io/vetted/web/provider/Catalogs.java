package io.vetted.web.provider;

import io.vetted.web.backend.VendorClient;
import io.vetted.web.backend.VendorModels;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * vendor-service's catalogue (specialties, sectors, compliance topics, French areas), fetched once
 * and kept: it only changes with a new vendor-service release. A failed fetch is retried next time.
 */
@Singleton
public class Catalogs {

    private final VendorClient vendor;
    private volatile VendorModels.Catalog catalog;
    private volatile Map<String, String> areaNames;

    Catalogs(VendorClient vendor) {
        this.vendor = vendor;
    }

    public VendorModels.Catalog get() {
        VendorModels.Catalog loaded = catalog;
        if (loaded == null) {
            loaded = vendor.catalog();
            areaNames = loaded.regions().stream()
                    .flatMap(r -> Stream.concat(
                            Stream.of(Map.entry("region:" + r.code(), r.name())),
                            r.departments().stream().map(d -> Map.entry("dept:" + d.code(), d.name()))))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            catalog = loaded;
        }
        return loaded;
    }

    public String regionName(String code) {
        get();
        return Optional.ofNullable(areaNames.get("region:" + code)).orElse(code);
    }

    /** "Rhône (69)". */
    public String departmentName(String code) {
        get();
        return Optional.ofNullable(areaNames.get("dept:" + code))
                .map(name -> name + " (" + code + ")")
                .orElse(code);
    }
}
