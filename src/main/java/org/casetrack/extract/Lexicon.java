package org.casetrack.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casetrack.model.PersonRole;

/** Word lists of the genre: titles of officials, roles of people, words that make a name a place or body. */
final class Lexicon {

    private Lexicon() {
    }

    /** Capitalised words that start sentences or clauses and are never part of a name. */
    static final Set<String> STOP = set(
            "the", "a", "an", "on", "in", "at", "by", "for", "from", "of", "to", "with", "after", "before", "also",
            "since", "during", "following", "when", "while", "despite", "although", "though", "however", "but",
            "and", "or", "as", "if", "his", "her", "their", "its", "our", "this", "that", "these", "those", "there",
            "here", "he", "she", "they", "it", "we", "i", "you", "according", "between", "under", "over", "among",
            "until", "amid", "against", "about", "around", "into", "through", "throughout", "within", "without",
            "upon", "meanwhile", "instead", "yet", "so", "then", "thus", "both", "each", "all", "any", "some",
            "many", "most", "several", "few", "other", "another", "such", "no", "not", "only", "even", "more",
            "less", "authorities", "police", "officials", "government", "parliament", "prosecutors", "security",
            "in", "early", "late", "later", "earlier", "where", "what", "which", "who", "whose", "how", "why",
            "because", "unless", "whether", "once", "again", "further", "moreover", "nevertheless", "overall",
            "similarly", "likewise", "separately", "elsewhere", "subsequently", "previously", "currently",
            "eventually", "finally", "initially", "first", "second", "third", "last", "next", "former", "new",
            "independent", "civil", "key", "top", "senior", "local", "foreign", "international", "national",
            "federal", "regional", "religious", "political", "human", "women", "men", "children", "people",
            "head", "member", "members", "leader", "leaders", "chapter", "report", "reports", "photo", "share",
            "read", "more", "see", "click", "skip", "donate", "download", "print", "email", "available");

    static final Set<String> MONTHS_DAYS = set(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Polite forms: stripped from a name, but say nothing about office. */
    static final Set<String> HONORIFICS = set("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mr.",
            "mrs.", "ms.", "dr.", "prof.");

    /** Words that mark an official, author or diplomat, not a person whose case is told. */
    static final Set<String> TITLES = set(
            "president", "vice-president", "vice", "prime", "minister", "ministers", "commissioner",
            "rapporteur", "rapporteurs", "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman",
            "director-general", "secretary", "secretary-general", "chancellor", "governor", "mayor",
            "akim", "hokim", "prosecutor", "prosecutor-general", "procurator", "ombudsman", "ombudsperson",
            "representative", "senator", "congressman", "congresswoman", "mp", "mep", "judge", "judges",
            "commander", "colonel", "general", "lieutenant", "major", "captain", "officer", "official", "officials",
            "king", "queen", "prince", "emir", "sheikh", "pope", "patriarch", "speaker", "adviser", "advisor",
            "diplomat", "diplomats", "consul", "chairwoman", "undersecretary", "under-secretary", "high",
            "attorney-general", "investigator", "head of state", "premier", "sultan", "monarch");

    /** Role nouns before or after a name ("journalist X", "X, a lawyer"). */
    static final Map<String, PersonRole> ROLES = Map.ofEntries(
            Map.entry("activist", PersonRole.ACTIVIST), Map.entry("activists", PersonRole.ACTIVIST),
            Map.entry("campaigner", PersonRole.ACTIVIST), Map.entry("protester", PersonRole.ACTIVIST),
            Map.entry("protesters", PersonRole.ACTIVIST), Map.entry("dissident", PersonRole.ACTIVIST),
            Map.entry("critic", PersonRole.ACTIVIST), Map.entry("journalist", PersonRole.JOURNALIST),
            Map.entry("journalists", PersonRole.JOURNALIST), Map.entry("reporter", PersonRole.JOURNALIST),
            Map.entry("editor", PersonRole.JOURNALIST), Map.entry("editor-in-chief", PersonRole.JOURNALIST),
            Map.entry("correspondent", PersonRole.JOURNALIST), Map.entry("photographer", PersonRole.JOURNALIST),
            Map.entry("photojournalist", PersonRole.JOURNALIST), Map.entry("blogger", PersonRole.BLOGGER),
            Map.entry("bloggers", PersonRole.BLOGGER), Map.entry("lawyer", PersonRole.LAWYER),
            Map.entry("lawyers", PersonRole.LAWYER), Map.entry("attorney", PersonRole.LAWYER),
            Map.entry("advocate", PersonRole.LAWYER), Map.entry("defender", PersonRole.HUMAN_RIGHTS_DEFENDER),
            Map.entry("defenders", PersonRole.HUMAN_RIGHTS_DEFENDER), Map.entry("unionist", PersonRole.TRADE_UNIONIST),
            Map.entry("unionists", PersonRole.TRADE_UNIONIST), Map.entry("union", PersonRole.TRADE_UNIONIST),
            Map.entry("opposition", PersonRole.POLITICIAN), Map.entry("politician", PersonRole.POLITICIAN),
            Map.entry("politicians", PersonRole.POLITICIAN), Map.entry("witness", PersonRole.RELIGIOUS_BELIEVER),
            Map.entry("witnesses", PersonRole.RELIGIOUS_BELIEVER), Map.entry("jehovah", PersonRole.RELIGIOUS_BELIEVER),
            Map.entry("adventist", PersonRole.RELIGIOUS_BELIEVER), Map.entry("baptist", PersonRole.RELIGIOUS_BELIEVER),
            Map.entry("imam", PersonRole.RELIGIOUS_BELIEVER), Map.entry("pastor", PersonRole.RELIGIOUS_BELIEVER),
            Map.entry("priest", PersonRole.RELIGIOUS_BELIEVER), Map.entry("muslim", PersonRole.RELIGIOUS_BELIEVER),
            Map.entry("believer", PersonRole.RELIGIOUS_BELIEVER), Map.entry("believers", PersonRole.RELIGIOUS_BELIEVER),
            Map.entry("preacher", PersonRole.RELIGIOUS_BELIEVER), Map.entry("cleric", PersonRole.RELIGIOUS_BELIEVER),
            Map.entry("theologian", PersonRole.RELIGIOUS_BELIEVER), Map.entry("pentecostal", PersonRole.RELIGIOUS_BELIEVER),
            Map.entry("poet", PersonRole.OTHER), Map.entry("writer", PersonRole.OTHER), Map.entry("artist", PersonRole.OTHER),
            Map.entry("businessman", PersonRole.OTHER), Map.entry("businesswoman", PersonRole.OTHER),
            Map.entry("banker", PersonRole.OTHER), Map.entry("student", PersonRole.OTHER),
            Map.entry("scholar", PersonRole.OTHER), Map.entry("researcher", PersonRole.OTHER),
            Map.entry("academic", PersonRole.OTHER), Map.entry("prisoner", PersonRole.OTHER),
            Map.entry("prisoners", PersonRole.OTHER), Map.entry("farmer", PersonRole.OTHER),
            Map.entry("worker", PersonRole.OTHER), Map.entry("teacher", PersonRole.OTHER),
            Map.entry("doctor", PersonRole.OTHER), Map.entry("entrepreneur", PersonRole.OTHER));

    /** Words that make a capitalised run a body, place, text or event rather than a person. */
    static final Set<String> ORG = set(
            "court", "courts", "committee", "subcommittee", "council", "commission", "union", "unions", "party",
            "foundation", "fund", "park", "street", "square", "avenue", "road", "prospekt", "ministry", "office",
            "agency", "service", "club", "church", "mosque", "cathedral", "university", "college", "school",
            "academy", "institute", "radio", "television", "tv", "news", "watch", "international", "initiative",
            "organization", "organisation", "organizations", "association", "society", "center", "centre", "bank",
            "prison", "colony", "camp", "region", "regional", "district", "city", "town", "village", "province",
            "oblast", "republic", "kingdom", "federation", "assembly", "parliament", "congress", "code", "law",
            "act", "agreement", "convention", "day", "times", "press", "group", "movement", "network", "media",
            "airport", "hospital", "museum", "embassy", "department", "states", "nations", "security", "rights",
            "democracy", "elections", "election", "freedom", "police", "army", "forces", "guard", "corporation",
            "company", "inc", "ltd", "llc", "plant", "factory", "tribunal", "board", "bureau", "directorate",
            "inspectorate", "authority", "procuracy", "alliance", "coalition", "front", "platform", "project",
            "program", "programme", "ilo", "osce", "odihr", "eu", "un", "nato", "unhcr", "unicef", "ngo", "ngos",
            "amnesty", "cabinet", "government", "world", "global", "central", "supreme", "constitutional",
            "economic", "inter-district", "appeal", "appeals", "cassation", "islamic", "east", "west", "north",
            "south", "northern", "southern", "eastern", "western", "asia", "europe", "european", "africa",
            "america", "american", "soviet", "online", "facebook", "twitter", "youtube", "telegram", "instagram",
            "whatsapp", "internet", "charter", "constitution", "declaration", "covenant", "resolution", "strategy",
            "plan", "reform", "reforms", "orientation", "identity", "gender", "sexual", "general's", "prosecutor's",
            "weekly", "daily", "journal", "gazette", "newspaper", "magazine", "tribune", "tribuna", "herald",
            "post", "channel", "service's", "liberty", "trouble", "prize", "award", "games", "olympics", "cup",
            "summit", "conference", "forum", "dialogue", "uprising", "revolution", "war", "operation",
            "mountains", "river", "lake", "sea", "island", "islands", "valley", "desert", "state", "national",
            "public", "affairs", "justice", "interior", "defense", "defence", "health", "education", "labour",
            "labor", "finance", "culture", "information", "communications", "prosecution", "investigation",
            "investigative", "emergency", "tax", "customs", "migration", "border", "railway", "railways", "lines",
            "airlines", "oil", "gas", "energy", "mining", "steel", "group's", "holding", "partners", "capital",
            "commons", "house", "hall", "palace", "tower", "building", "center's", "monument", "memorial",
            "cemetery", "stadium", "institutions", "institution", "democratic", "website", "websites", "portal", "ministries",
            "brigade", "battalion", "regiment", "jamaat", "tablighi", "hizb", "ut-tahrir", "sect", "order", "market", "bazaar", "mall", "hotel", "restaurant", "cafe", "station", "port");

    /** Countries and national adjectives: "Russian leader X" is a ruler; ethnic groups are not in here. */
    static final Set<String> STATE_WORDS = buildStates();

    private static Set<String> buildStates() {
        Set<String> s = new HashSet<>(Set.of("kazakh", "russian", "uzbek", "tajik", "kyrgyz", "turkmen", "azerbaijani",
                "belarusian", "ukrainian", "georgian", "armenian", "chinese", "iranian", "chechen", "moldovan", "state",
                "soviet", "national", "supreme"));
        for (String c : org.casetrack.extract.read.Countries.NAMES) {
            s.add(c.toLowerCase(Locale.ROOT).replace(" ", ""));
        }
        return Set.copyOf(s);
    }

    /** Countries and nationalities: not names of people. */
    static final Set<String> PLACE_WORDS = buildPlaces();

    private static Set<String> buildPlaces() {
        Set<String> s = new HashSet<>(Set.of(
                "kazakh", "russian", "uzbek", "tajik", "kyrgyz", "turkmen", "azerbaijani", "azeri", "belarusian",
                "ukrainian", "georgian", "armenian", "chinese", "british", "french", "german", "turkish", "iranian",
                "afghan", "moldovan", "chechen", "crimean", "tatar", "uighur", "uyghur", "karakalpak", "dutch",
                "swiss", "austrian", "polish", "czech", "italian", "spanish", "swedish", "norwegian", "danish",
                "finnish", "latvian", "lithuanian", "estonian", "japanese", "korean", "indian", "pakistani",
                "saudi", "syrian", "iraqi", "egyptian", "israeli", "palestinian", "canadian", "australian",
                "moscow", "minsk", "kyiv", "kiev", "baku", "tashkent", "dushanbe", "bishkek", "ashgabat", "tbilisi",
                "yerevan", "astana", "almaty", "washington", "london", "paris", "berlin", "brussels", "geneva",
                "strasbourg", "vienna", "new", "york", "st", "saint"));
        for (String c : org.casetrack.extract.read.Countries.NAMES) {
            for (String w : c.toLowerCase(Locale.ROOT).split(" ")) {
                if (!w.equals("and") && !w.equals("of") && !w.equals("the")) {
                    s.add(w);
                }
            }
        }
        return Set.copyOf(s);
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(new HashSet<>(java.util.Arrays.asList(words)));
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    private static final Set<String> NOT_NAME = buildNotName();

    private static Set<String> buildNotName() {
        Set<String> s = new HashSet<>();
        s.addAll(STOP);
        s.addAll(MONTHS_DAYS);
        s.addAll(TITLES);
        s.addAll(HONORIFICS);
        s.addAll(ROLES.keySet());
        s.addAll(ORG);
        s.addAll(PLACE_WORDS);
        return Set.copyOf(s);
    }

    /** True for words that cannot be part of a person's name. */
    static boolean notName(String w) {
        return NOT_NAME.contains(lower(w));
    }
}
