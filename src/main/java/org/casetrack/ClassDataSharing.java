package org.casetrack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the jar in a second JVM that maps the class archive built beside it
 * (docs/decisions/0117-class-data-sharing.md). About half of a command's start-up is loading
 * and verifying H2, jOOQ and picocli classes; mapped from {@code casetrack.jsa} they cost a
 * fraction of that. {@code java -jar} cannot ask for the archive itself, so the first JVM only
 * starts the second with it and passes on its exit code. Without the archive, from a class
 * folder, with {@code CASETRACK_CDS=off}, or when the user chose archive flags, nothing changes.
 */
public final class ClassDataSharing {

    /** Set on the second JVM, so that it never starts a third. */
    static final String CHILD_PROPERTY = "casetrack.cds.child";

    /** Options whose value is the next argument (java --help-extra lists them). */
    private static final Set<String> TAKES_VALUE = Set.of("--add-opens", "--add-exports", "--add-reads", "--add-modules",
            "--limit-modules", "--patch-module", "-p", "--module-path", "--upgrade-module-path", "--enable-native-access");

    private ClassDataSharing() {
    }

    /** The archive for a jar: its name with {@code .jsa}, in the same folder. */
    static Path archiveFor(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    /**
     * The second JVM's command line, or empty when this JVM should run the application itself.
     *
     * @param javaArguments this JVM's own arguments (options, -jar or -cp, main class, app arguments)
     */
    static Optional<List<String>> childCommand(String classPath, String javaCommand, List<String> javaArguments,
                                               String cdsSetting, String[] appArguments) {
        Optional<Path> jar = jarWithCurrentArchive(classPath);
        if ("off".equalsIgnoreCase(cdsSetting) || jar.isEmpty() || javaCommand == null || javaArguments == null
                || !isJavaLauncher(javaCommand)) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>();
        for (int i = 0; i < javaArguments.size(); i++) {
            String a = javaArguments.get(i);
            if (a.equals("-jar")) {
                break;
            }
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                i++; // the class path is given again, absolute, below
                continue;
            }
            if (!a.startsWith("-")) {
                break; // the main class
            }
            if (a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit") || a.startsWith("-Xshare")
                    || a.startsWith("-D" + CHILD_PROPERTY)) {
                return Optional.empty(); // the user (or a training run) chose how classes are shared
            }
            options.add(a);
            if (TAKES_VALUE.contains(a) && i + 1 < javaArguments.size()) {
                options.add(javaArguments.get(++i));
            }
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(javaCommand);
        cmd.addAll(options);
        cmd.addAll(archiveFlags(archiveFor(jar.get())));
        cmd.add("-D" + CHILD_PROPERTY + "=true");
        cmd.add("-cp");
        cmd.add(jar.get().toString());
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(appArguments));
        return Optional.of(cmd);
    }

    /**
     * Only the {@code java} launcher takes JVM options as arguments: the packaged app's own
     * launcher (bin/CaseTrack) would pass them to the application.
     */
    private static boolean isJavaLauncher(String command) {
        Path name = Path.of(command).getFileName();
        return name != null && (name.toString().equals("java") || name.toString().equals("java.exe"));
    }

    /**
     * The JVM options that map the jar's archive, for a JVM started on another main class of
     * the jar (the bench's window probes start the way {@code java -jar} would); none without one.
     */
    public static List<String> archiveOptions(String classPath) {
        return jarWithCurrentArchive(classPath).map(jar -> archiveFlags(archiveFor(jar))).orElse(List.of());
    }

    private static List<String> archiveFlags(Path archive) {
        // a stale or foreign archive is simply not used; the JVM's notes about it are not for the user
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off,cds+dynamic=off,class+path=off");
    }

    /** The class path's jar (absolute) when it is a single jar with a current archive beside it. */
    private static Optional<Path> jarWithCurrentArchive(String classPath) {
        if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        return isCurrent(archiveFor(jar), jar) ? Optional.of(jar) : Optional.empty();
    }

    /** The archive exists and was written after the jar (a rebuilt jar without a new archive is not mapped). */
    private static boolean isCurrent(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive) && Files.isRegularFile(jar)
                    && !Files.getLastModifiedTime(archive).toInstant().isBefore(Files.getLastModifiedTime(jar).toInstant());
        } catch (IOException e) {
            return false;
        }
    }

    /** This JVM's second-JVM command, when it should start one. */
    static Optional<List<String>> childCommandForThisJvm(String[] appArguments) {
        if (System.getProperty(CHILD_PROPERTY) != null) {
            return Optional.empty();
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        return childCommand(System.getProperty("java.class.path"), info.command().orElse(null),
                info.arguments().map(List::of).orElse(null), System.getenv("CASETRACK_CDS"), appArguments);
    }

    /**
     * Runs the command with this JVM's standard streams and returns its exit code; empty when it
     * could not be started (then this JVM runs the application itself).
     */
    static Optional<Integer> runChild(List<String> cmd) {
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException e) {
            return Optional.empty();
        }
        // ended by a signal or a window manager: the second JVM ends with this one
        Thread stop = new Thread(child::destroy, "casetrack-stop-child");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException shuttingDown) {
                    // already exiting: the hook is harmless
                }
                return Optional.of(code);
            } catch (InterruptedException e) {
                // keep waiting: the child owns the terminal until it ends
            }
        }
    }

    /** In the second JVM: if the first one is killed (kill -9), this one must not run on alone. */
    static void endWithParent() {
        if (System.getProperty(CHILD_PROPERTY) == null) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(137)));
    }
}
