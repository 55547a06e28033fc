package io.vetted.vendor.sla;

public enum ReportingCadence {
    NONE,
    WEEKLY,
    MONTHLY,
    QUARTERLY
}
