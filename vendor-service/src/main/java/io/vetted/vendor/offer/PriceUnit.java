package io.vetted.vendor.offer;

/** What a monthly fixed fee is counted by. */
public enum PriceUnit {
    FLAT,
    PER_SEAT,
    PER_DEVICE
}
