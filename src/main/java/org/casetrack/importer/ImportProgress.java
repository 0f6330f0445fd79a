package org.casetrack.importer;

/** Where an import stands, and whether the user asked to stop. UI tasks and the CLI implement it. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(double fraction, String message);

    boolean cancelled();
}
