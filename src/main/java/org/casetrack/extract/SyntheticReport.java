package org.casetrack.extract;

import java.util.Random;

/**
 * Generates report-like text for benchmarks and tests: invented people, places and events
 * written in the manner of annual country chapters (no real report text).
 */
public final class SyntheticReport {

    private static final String[] GIVEN = {"Arman", "Dilnoza", "Timur", "Olga", "Rustam", "Aigerim", "Pavel",
            "Nodira", "Bakhtiyor", "Svetlana", "Farid", "Zarina", "Ilya", "Gulnara", "Sanjar", "Marta"};
    private static final String[] FAMILY = {"Tulegenov", "Rakhimova", "Sadykov", "Lebedeva", "Nurmatov",
            "Iskakova", "Voronin", "Yusupova", "Karimbekov", "Petrenko", "Aliyev", "Zhumabaeva", "Orlov", "Khodjaeva"};
    private static final String[] ROLE = {"journalist", "activist", "human rights defender", "blogger", "lawyer",
            "opposition politician", "trade union leader", "government critic"};
    private static final String[] CITY = {"Northtown", "Riverside", "Eastport", "Lakeview", "Hillford", "Westgate"};
    private static final String[] MONTH = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] TERM = {"two years", "three and a half years", "18 months", "five years",
            "seven years", "ten days", "15 days", "four years"};
    private static final String[] KIND = {"' imprisonment", " in prison", " of restricted freedom", "' administrative detention"};

    private SyntheticReport() {
    }

    /** About {@code chars} characters of text, the same for the same seed. */
    public static String generate(int chars, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + 1024);
        sb.append("Events of 2030\n\n");
        while (sb.length() < chars) {
            String name = pick(r, GIVEN) + " " + pick(r, FAMILY);
            String other = pick(r, GIVEN) + " " + pick(r, FAMILY);
            String city = pick(r, CITY);
            String month = pick(r, MONTH);
            int day = 1 + r.nextInt(28);
            switch (r.nextInt(8)) {
                case 0 -> sb.append("On ").append(day).append(' ').append(month).append(", a court in ").append(city)
                        .append(" sentenced ").append(pick(r, ROLE)).append(' ').append(name).append(" to ")
                        .append(pick(r, TERM)).append(pick(r, KIND)).append(" on charges of \u201Cspreading false information.\u201D ");
                case 1 -> sb.append("In ").append(month).append(", police detained ").append(pick(r, ROLE)).append("s ")
                        .append(name).append(" and ").append(other).append(" after a peaceful protest in ").append(city)
                        .append("; they were sentenced to five and ten days' detention respectively. ");
                case 2 -> sb.append("The regional court upheld the sentence of ").append(name).append(" on ")
                        .append(month).append(' ').append(day).append(", 2030. He told his lawyer he had been beaten in custody. ");
                case 3 -> sb.append("Minister of Interior ").append(other).append(" said the authorities would review the ")
                        .append("law on public assembly, but gave no date for the changes. ");
                case 4 -> sb.append("In ").append(month).append(" the UN Human Rights Committee found that ").append(name)
                        .append("'s right to freedom of expression had been violated when a court fined him 50,000 units. ");
                case 5 -> sb.append("Since ").append(month).append(' ').append(2020 + r.nextInt(10)).append(", at least ")
                        .append(2 + r.nextInt(40)).append(" people have faced criminal charges for membership in banned groups, ")
                        .append("according to local monitors in ").append(city).append(".\n\n");
                case 6 -> sb.append("An appeals court reduced the sentence of ").append(name).append(" to a ")
                        .append(2 + r.nextInt(6)).append("-year suspended sentence in ").append(month).append(". ");
                default -> sb.append("Independent media in ").append(city).append(" faced pressure, and several ")
                        .append("websites were blocked without a court order.\n\n");
            }
        }
        return sb.toString();
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }
}
