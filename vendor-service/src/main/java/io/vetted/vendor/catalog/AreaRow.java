package io.vetted.vendor.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A department with its region, as the catalogue tables hold them. */
@MappedEntity("department")
record AreaRow(@Id String code, String name, String regionCode, String regionName) {}
