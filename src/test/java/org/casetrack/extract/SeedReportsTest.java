package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casetrack.extract.read.ReportReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs the extractor on the shared development reports (when present next to the worktree)
 * and compares with the hand-made gold: subjects and penalties must be found.
 */
class SeedReportsTest {

    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final Path GOLD = Path.of("../shared/gold");

    @Test
    void seedReportsMatchTheGold() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS) && Files.isDirectory(GOLD), "shared seeds not present");
        ObjectMapper mapper = new ObjectMapper();
        int gold = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLD)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".gold.json")).toList()) {
                String base = g.getFileName().toString().replace(".gold.json", "");
                Path report = SEEDS.resolve(base + ".txt");
                if (!Files.exists(report)) {
                    continue;
                }
                Extraction x = ReportExtractor.extract(ReportReader.read(report));
                JsonNode root = mapper.readTree(g.toFile());
                for (JsonNode s : root.get("sentences")) {
                    gold++;
                    String who = s.get("person").asString();
                    boolean hit = x.sentences().stream().anyMatch(p -> samePerson(x, p.person(), who)
                            && p.kind().code().equals(s.get("kind").asString())
                            && termMonths(p.term()) == termMonths(s.get("term").isNull() ? null : s.get("term").asString()));
                    if (hit) {
                        found++;
                    } else {
                        missed.add(base + ": " + who + " " + s.get("kind").asString());
                    }
                }
                for (JsonNode s : root.get("subjects")) {
                    gold++;
                    String who = s.get("name").asString();
                    if (x.persons().stream().anyMatch(p -> p.subject() && samePerson(x, p.id(), who))) {
                        found++;
                    } else {
                        missed.add(base + ": subject " + who);
                    }
                }
            }
        }
        assumeTrue(gold > 0, "no gold with a report");
        assertThat((double) found / gold).as("recall, missed %s", missed).isGreaterThanOrEqualTo(0.9);
    }

    private static boolean samePerson(Extraction x, String id, String goldName) {
        String goldLast = PersonRegistry.fold(goldName.substring(goldName.lastIndexOf(' ') + 1));
        String goldFirst = PersonRegistry.fold(goldName.substring(0, goldName.indexOf(' ') < 0 ? 0 : goldName.indexOf(' ')));
        return x.persons().stream().filter(p -> p.id().equals(id)).anyMatch(p -> {
            String name = p.name();
            String last = PersonRegistry.fold(name.substring(name.lastIndexOf(' ') + 1));
            String first = PersonRegistry.fold(name.substring(0, Math.max(0, name.indexOf(' '))));
            return last.equals(goldLast) && (first.isEmpty() || goldFirst.isEmpty() || first.charAt(0) == goldFirst.charAt(0));
        });
    }

    private static int termMonths(org.casetrack.model.Term t) {
        return t == null ? -1 : t.totalMonths() * 100 + t.days();
    }

    private static int termMonths(String iso) {
        return termMonths(org.casetrack.model.Term.parseNullable(iso));
    }
}
