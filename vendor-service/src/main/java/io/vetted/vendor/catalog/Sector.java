package io.vetted.vendor.catalog;

/** Business sectors a provider has experience in; their search words live in the {@code sector} table. */
public enum Sector {
    HEALTHCARE,
    LEGAL,
    ACCOUNTING_FINANCE,
    RETAIL,
    MANUFACTURING,
    CONSTRUCTION,
    HOSPITALITY,
    EDUCATION,
    PUBLIC_SECTOR,
    NON_PROFIT,
    TRANSPORT_LOGISTICS,
    REAL_ESTATE,
    AGRICULTURE,
    PROFESSIONAL_SERVICES
}
