package org.casetrack.store;

/** Where a test's database lives: an encrypted H2 file in @TempDir, or a fresh database on the test server. */
public enum TestBackend {
    H2, POSTGRES
}
