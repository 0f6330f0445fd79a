package org.casetrack.export;

/**
 * POI and PDFBox log through the Log4j API; with no Log4j implementation on the class path
 * it prints "could not find a logging provider" on every run. The API's own simple logger
 * (errors only, to stderr) is enough for them.
 */
final class QuietLibraries {

    private QuietLibraries() {
    }

    static void apply() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}
