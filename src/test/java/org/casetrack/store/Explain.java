package org.casetrack.store;

import java.nio.file.Path;

final class Explain {
    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]), "bench passphrase".toCharArray())) {
            for (int i = 1; i < args.length; i++) {
                long t = System.nanoTime();
                System.err.println(db.dsl().fetch("EXPLAIN " + args[i]).format());
                db.dsl().fetch(args[i]);
                System.err.println((System.nanoTime() - t) / 1_000_000 + " ms");
            }
        }
    }
}
