package io.vetted.e2e.drill;

/** One client of the write load: each call makes one write, retried as a real client would. */
public interface DrillClient {

    WriteKind kind();

    void writeOnce();
}
