package uk.lscb.casereview.core.messages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots text that may hold a person's name or a date of birth, so that it is refused and never
 * stored. Deliberately cautious: a false alarm costs a retype, a miss puts a child's name on record.
 */
public final class PersonalDetails {

    /** What the text looks like it holds. */
    public enum Suspicion {
        NAME("it looks like a person's name"),
        DATE("it contains a date, which could be a date of birth");

        private final String because;

        Suspicion(String because) {
            this.because = because;
        }

        public String because() {
            return because;
        }
    }

    /**
     * A capital followed by small letters, wherever it stands: "Jane Smith", "Jane-Smith" and
     * "JaneSmith" each hold two. Linear: no nested repetition, so long input cannot blow the stack.
     */
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** English place names joined by a small word: Stoke-on-Trent, Newcastle-under-Lyme, Stratford-upon-Avon. */
    private static final Pattern PLACE_NAME =
            Pattern.compile("\\p{Lu}\\p{Ll}+-(?:on|upon|under|in|le|by|the)-\\p{Lu}\\p{Ll}+");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[/.\\-_ ]\\s*(\\d{1,2})\\s*[/.\\-_ ]\\s*(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern YEAR_MONTH_DAY =
            Pattern.compile("(?<!\\d)(\\d{4})\\s*[/.\\-_ ]\\s*(\\d{1,2})\\s*[/.\\-_ ]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("(?<!\\d)(\\d{8})(?!\\d)");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)(?<!\\p{L})(\\d{1,2}(st|nd|rd|th)?[\\s./_-]*(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                    + "\\p{L}*|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*[\\s./_-]*\\d{1,2}"
                    + "(st|nd|rd|th)?(?!\\d))");
    private static final Pattern DOB = Pattern.compile("(?i)(?<!\\p{L})(d\\.?o\\.?b|born)(?!\\p{L})");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?<![\\p{L}\\d])https?://[^\\s<>\"]+");
    private static final Pattern SCHEME = Pattern.compile("(?i)^https?://");
    /** The first segment of a SharePoint or OneDrive sharing link: {@code /:w:/s/…}, {@code /:f:/g/…}. */
    private static final Pattern SHARING_LINK = Pattern.compile("(?i):[a-z]:");
    private static final Pattern GUID = Pattern.compile(
            "\\{?\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}\\}?");
    private static final Pattern HEX = Pattern.compile("\\p{XDigit}{16,}");
    private static final Pattern RUN = Pattern.compile("[A-Za-z0-9_-]{20,}");
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    /**
     * Capitalised words of web sites (SharePoint's, OneDrive's, Teams', a board's own), of document libraries and of
     * the names of documents, singular or plural: in a web address they name places and papers, not people.
     */
    private static final Pattern WEB_WORDS = Pattern.compile("(?<!\\p{L})(?:Shared|Document|Doc|Site|Pages|Asset|"
            + "List|Form|All|Item|Wopi|Frame|Layout|Personal|Team|Channel|General|Library|Folder|File|One|Drive|Share|"
            + "Point|Web|View|Edit|Upload|Download|Media|Content|Publication|Attachment|Resource|News|"
            + "About|Minute|Note|Report|Plan|Action|Audit|Summary|Draft|Final|Version|Template|Agenda|Meeting|"
            + "Response|Evidence|Procedure|Polic(?:y|ies)|Guidance|Training|Briefing|Update|Overview|Rapid|Multi|Term|"
            + "Reference|Letter|Record|Assessment|Protocol|Strategy|Session|Presentation|Slide|Workshop|Lesson|"
            + "Finding|Recommendation|Progress|Tracker|Log|Copy|Signed|Approved|Published|Redacted|Anonymised|"
            + "Executive|Appendix|Chronology|Timeline|Practice|Newsletter|Pathway|Checklist|Referral|Threshold|"
            + "Partner|Review|Professional|Parent|Carer|Statutory|Annual|Learning)s?(?!\\p{Ll})");

    private PersonalDetails() {
    }

    /**
     * Why the text should not be stored, if it should not. A web address in it is read as an address
     * ({@link #suspectInAddress}); the text around it as words.
     */
    public static Optional<Suspicion> suspect(String text) {
        return suspect(text, false);
    }

    /**
     * Capitalised words that free text about a case uses without naming anyone: roles, agencies,
     * review terms, and common first words of a sentence.
     */
    private static final Pattern NOT_NAMES = Pattern.compile("(?<!\\p{L})(?:The|This|That|These|There|It|We|I|A|An|"
            + "No|Not|Yes|Awaiting|Waiting|Agreed|Criteria|Criterion|Decision|Information|Further|Parallel|Please|"
            + "Chair|Independent|Board|Panel|National|Serious|Case|Review|Learning|Local|Safeguarding|Children|"
            + "Child|Partnership|Police|Court|Crown|Prosecution|Service|Services|Social|Care|Health|Education|"
            + "School|Hospital|Trust|Council|Authority|Agency|Agencies|Probation|Youth|Offending|Team|Family|"
            + "Designated|Officer|Doctor|Nurse|Practitioner|Coroner|Inquest|Ofsted|Mental|Capacity|Act|England|"
            + "Wales|Staffordshire|Stoke)(?!\\p{Ll})");

    /**
     * Why a free-text field typed by a person cannot be recorded, in words for them, or empty when it can: it is
     * blank, longer than {@code max} characters, or looks like a child's name or date of birth (as
     * {@link #suspectInNotes}). {@code name} is the field as the person knows it ("agency's name").
     */
    public static Optional<String> refusalOfFreeText(String name, String text, int max) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            return Optional.of("Please give the " + name + ".");
        }
        if (value.length() > max) {
            return Optional.of(String.format(Locale.UK, "The %s is %,d characters long; it can be at most %,d. "
                    + "Nothing has been recorded: please shorten it.", name, value.length(), max));
        }
        return suspectInNotes(value).map(suspicion -> "I haven't recorded that: the " + name + " "
                + suspicion.because().replaceFirst("^it ", "") + ". Please never type a child's name or date of "
                + "birth: use the case reference, and describe people by their role.");
    }

    /**
     * Why free text a case keeps (a reason, a request, a note) should not be stored, if it should
     * not: as {@link #suspect}, except that the words of roles, agencies and reviews ("the Chair's
     * reading", "Children's Social Care") do not count towards a name.
     */
    public static Optional<Suspicion> suspectInNotes(String text) {
        return suspect(text, true);
    }

    /**
     * Why a web address should not be stored, if it should not: it carries a person's name or a date of birth in
     * what a person chose (a file's or a folder's name, a value in its query), not in what the web site made up.
     *
     * <p>Read part by part, each decoded ({@code %20} is a space, {@code %7B} a brace, {@code %2F} a slash, up to
     * three times over for an address inside an address): the host, each segment of the path, each value of the
     * query and the fragment. Within one part, as in a case note ({@link #suspectInNotes}): two capitalised words
     * together are a name ({@code Olivia%20Brown}, {@code Jayden_Smith.docx}, {@code JaydenSmith}), a calendar date or
     * "DOB" is a date of birth ({@code JS_DOB_12-03-2015.docx}, {@code ?dob=12%2F03%2F2015}). A query's keys are the
     * site's own names ({@code sourcedoc}, {@code RootFolder}): only a date counts there. Before that, a part is
     * cleared of what no person types about a child:
     * <ul>
     *   <li>identifiers a site generates: GUIDs ({@code {3f2a…}}), runs of 16 or more hexadecimal digits, and runs
     *       of 20 or more letters and digits whose kind (capital, small letter, digit) changes at 40% or more of
     *       their characters, as a sharing link's or a cloud document's key does
     *       ({@code EbT2xG3eXs5Nq0mvZ7a1w…}) and words do not ({@code JaydenSmithDOB12032015} changes at a
     *       quarter); and the key of a SharePoint sharing link ({@code e=} after {@code /:w:/s/…});</li>
     *   <li>the words of web sites, document libraries and documents ({@link #WEB_WORDS}: Shared Documents,
     *       Doc.aspx, AllItems, SitePages, Minutes, Action Plan…, singular or plural) and of roles, agencies and
     *       reviews ({@link #NOT_NAMES}), words run together in CamelCase counted one by one.</li>
     * </ul>
     * Parts are not joined: {@code /Reviews/Response/} is two folders, not a name. So a name split across two
     * folders ({@code /Smith/Jane/}) is not seen; a name in one file or folder name, the usual way one reaches an
     * address, is. The host is read in small letters (it is the same in any case), so only a date counts there.
     */
    public static Optional<Suspicion> suspectInAddress(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String rest = SCHEME.matcher(address.strip()).replaceFirst("");
        int hostEnd = indexOfAny(rest, "/?#", 0);
        int fragmentAt = rest.indexOf('#', hostEnd);
        int queryAt = rest.indexOf('?', hostEnd);
        if (fragmentAt >= 0 && queryAt > fragmentAt) {
            queryAt = -1;
        }
        int pathEnd = queryAt >= 0 ? queryAt : fragmentAt >= 0 ? fragmentAt : rest.length();
        List<String> dated = new ArrayList<>(List.of(rest.substring(0, hostEnd).toLowerCase(Locale.ROOT)));
        List<String> worded = new ArrayList<>();
        String[] segments = rest.substring(hostEnd, pathEnd).split("/");
        boolean sharingLink = segments.length > 2 && SHARING_LINK.matcher(segments[1]).matches();
        for (String segment : segments) {
            read(decoded(segment), dated, worded);
        }
        if (queryAt >= 0) {
            String query = rest.substring(queryAt + 1, fragmentAt > queryAt ? fragmentAt : rest.length());
            for (String parameter : query.split("[&;]")) {
                int equals = parameter.indexOf('=');
                String key = equals < 0 ? "" : decoded(parameter.substring(0, equals));
                if (!(sharingLink && key.equalsIgnoreCase("e"))) {
                    dated.add(key);
                    read(decoded(parameter.substring(equals + 1)), dated, worded);
                }
            }
        }
        if (fragmentAt >= 0) {
            read(decoded(rest.substring(fragmentAt + 1)), dated, worded);
        }
        for (String part : worded) {
            if (looksLikeName(wordsOf(part))) {
                return Optional.of(Suspicion.NAME);
            }
        }
        for (String part : dated) {
            if (containsDate(wordsOf(part))) {
                return Optional.of(Suspicion.DATE);
            }
        }
        return Optional.empty();
    }

    /**
     * The text outside its web addresses read as words (a case note's, {@code notes}, without the words of roles
     * and agencies), then each address as an address; an address ends at white space or {@code < > "}.
     */
    private static Optional<Suspicion> suspect(String text, boolean notes) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher address = WEB_ADDRESS.matcher(text);
        StringBuilder words = new StringBuilder();
        List<String> addresses = new ArrayList<>();
        int from = 0;
        while (address.find()) {
            words.append(text, from, address.start()).append(' ');
            addresses.add(address.group());
            from = address.end();
        }
        words.append(text, from, text.length());
        Optional<Suspicion> inText = inWords(notes ? NOT_NAMES.matcher(words).replaceAll(" ") : words.toString());
        if (inText.isPresent()) {
            return inText;
        }
        for (String each : addresses) {
            Optional<Suspicion> inAddress = suspectInAddress(each);
            if (inAddress.isPresent()) {
                return inAddress;
            }
        }
        return Optional.empty();
    }

    private static Optional<Suspicion> inWords(String text) {
        if (looksLikeName(text)) {
            return Optional.of(Suspicion.NAME);
        }
        if (containsDate(text)) {
            return Optional.of(Suspicion.DATE);
        }
        return Optional.empty();
    }

    /**
     * A decoded part of an address: read whole for a date ({@code 12/03/2015} once {@code %2F} is decoded), and for
     * a name piece by piece between its slashes (an address inside an address, a path in a query value).
     */
    private static void read(String part, List<String> dated, List<String> worded) {
        dated.add(part);
        worded.addAll(List.of(part.split("/")));
    }

    /** One decoded part of an address with what a site generates and the words of sites and reviews taken out. */
    private static String wordsOf(String part) {
        String text = HEX.matcher(GUID.matcher(part).replaceAll(" ")).replaceAll(" ");
        Matcher run = RUN.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (run.find()) {
            run.appendReplacement(kept, isGenerated(run.group()) ? " " : Matcher.quoteReplacement(run.group()));
        }
        run.appendTail(kept);
        String words = CAMEL_CASE.matcher(kept).replaceAll(" ");
        return NOT_NAMES.matcher(WEB_WORDS.matcher(words).replaceAll(" ")).replaceAll(" ");
    }

    /** Whether a run of letters and digits changes kind (capital, small, digit) at 40% or more of its characters. */
    static boolean isGenerated(String run) {
        String characters = run.replace("-", "").replace("_", "");
        if (characters.length() < 20) {
            return false;
        }
        int changes = 0;
        for (int i = 1; i < characters.length(); i++) {
            if (kind(characters.charAt(i)) != kind(characters.charAt(i - 1))) {
                changes++;
            }
        }
        return changes * 10 >= (characters.length() - 1) * 4;
    }

    private static int kind(char character) {
        return Character.isDigit(character) ? 0 : Character.isUpperCase(character) ? 1 : 2;
    }

    /** The part decoded from its percent-encoding, again while that changes it (at most three times). */
    private static String decoded(String part) {
        String value = part;
        for (int round = 0; round < 3 && value.indexOf('%') >= 0; round++) {
            String next;
            try {
                next = URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return value;
            }
            if (next.equals(value)) {
                return value;
            }
            value = next;
        }
        return value;
    }

    private static int indexOfAny(String text, String characters, int from) {
        for (int i = from; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** Two or more capitalised words ("Jane Smith", "Jane.Smith", "Jane-Smith", "JaneSmith"). */
    static boolean looksLikeName(String text) {
        Matcher matcher = CAPITALISED_WORD.matcher(PLACE_NAME.matcher(text).replaceAll(" "));
        int count = 0;
        while (matcher.find()) {
            if (++count >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A calendar date in any common form, or words that introduce one ("DOB", "born"). */
    static boolean containsDate(String text) {
        if (DOB.matcher(text).find() || MONTH_NAME.matcher(text).find()) {
            return true;
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        while (dmy.find()) {
            if (valid(year(dmy.group(3)), dmy.group(2), dmy.group(1))) {
                return true;
            }
        }
        Matcher ymd = YEAR_MONTH_DAY.matcher(text);
        while (ymd.find()) {
            if (valid(ymd.group(1), ymd.group(2), ymd.group(3))) {
                return true;
            }
        }
        Matcher eight = EIGHT_DIGITS.matcher(text);
        while (eight.find()) {
            String digits = eight.group(1);
            if (valid(digits.substring(4), digits.substring(2, 4), digits.substring(0, 2))
                    || valid(digits.substring(0, 4), digits.substring(4, 6), digits.substring(6))) {
                return true;
            }
        }
        return false;
    }

    private static String year(String digits) {
        return digits.length() == 2 ? "20" + digits : digits;
    }

    private static boolean valid(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1900 || y > 2100) {
            return false;
        }
        try {
            LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }
}
