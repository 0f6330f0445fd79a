package org.casetrack.store;

import java.nio.file.Path;

/** Run in a second JVM by DatabaseTest: opens a database and holds it until killed. */
public final class HoldDatabase {
    public static void main(String[] args) throws InterruptedException {
        try (Database db = Database.open(Path.of(args[0]), args[1].toCharArray())) {
            System.out.println("open");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
