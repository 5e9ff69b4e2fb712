package uk.lscb.casereview.core.people;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * What a person's id can look like on each platform, for an id given from outside (a case-management system naming a
 * lead reviewer, an action's owner or an agency's contact): a Teams id is the person's Microsoft Entra object id (a
 * GUID, as the boards' configuration and Teams' {@code aadObjectId} give it) or, for someone Teams knows no Entra id
 * of, the Bot Framework's {@code 29:} id; a Slack id is a user's ({@code U…}, or {@code W…} on Enterprise Grid) as
 * Slack's people picker gives it; a local identity is lower-case letters, digits, '.', '_' or '-' (as the boards'
 * configuration allows). Each is at most 128 characters, so nothing longer is ever stored as someone's id.
 * {@link #typed} is the one reading of a person typed in chat or on a form, and {@link #refusal} the one check of a
 * person named from outside: over the API, typed in chat or on a form.
 */
public final class PersonIds {
    /** The local page's identity of everyone who holds no role: always one of its identities. */
    public static final String LOCAL_PRACTITIONER = "practitioner";
    private static final Pattern ENTRA_OBJECT_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern BOT_FRAMEWORK_ID = Pattern.compile("29:[A-Za-z0-9_-]{1,125}");
    private static final Pattern SLACK_USER_ID = Pattern.compile("[UW][A-Z0-9]{2,31}");
    private static final Pattern LOCAL_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** A person picked with @ in a Slack message: {@code <@U…>}, from some clients with {@code |name}. */
    private static final Pattern SLACK_MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|[^>]*)?>");

    private PersonIds() {
    }

    /** Whether {@code id} can be a person's id on {@code platform}; never for a platform people are not on. */
    public static boolean couldBe(Platform platform, String id) {
        if (id == null) {
            return false;
        }
        return switch (platform) {
            case TEAMS -> ENTRA_OBJECT_ID.matcher(id).matches() || BOT_FRAMEWORK_ID.matcher(id).matches();
            case SLACK -> SLACK_USER_ID.matcher(id).matches();
            case LOCAL -> LOCAL_ID.matcher(id).matches();
            default -> false;
        };
    }

    /**
     * A person as typed in chat or on a form by someone on {@code typist}: none for blank or {@code none};
     * {@code <platform>:<id>} ({@code teams:}, {@code slack:} or {@code local:}, in any case), the id as typed even
     * when there is none, for {@link #refusal} to judge; a person picked with @ in Slack; otherwise an id on the
     * typist's platform.
     */
    public static Optional<UserRef> typed(String typed, Platform typist) {
        String value = typed == null ? "" : typed.trim();
        if (value.isEmpty() || value.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        Matcher mentioned = SLACK_MENTION.matcher(value);
        if (mentioned.matches()) {
            return Optional.of(new UserRef(Platform.SLACK, mentioned.group(1), null));
        }
        int colon = value.indexOf(':');
        String prefix = colon > 0 ? value.substring(0, colon).toLowerCase(Locale.UK) : "";
        for (Platform platform : List.of(Platform.TEAMS, Platform.SLACK, Platform.LOCAL)) {
            if (platform.id().equals(prefix)) {
                return Optional.of(new UserRef(platform, value.substring(colon + 1).trim(), null));
            }
        }
        return Optional.of(new UserRef(typist, value, null));
    }

    /**
     * Why {@code person}, named as {@code what} ("the contact", "the action's owner"), cannot be anyone: not on Teams,
     * Slack or the local page, an id no one can have on its platform ({@link #couldBe}), or on the local page none of
     * its identities ({@code localIdentities}); empty when they can be someone. The id is never repeated: what was
     * typed might be a name.
     */
    public static Optional<String> refusal(String what, UserRef person, Collection<String> localIdentities) {
        String named = what.substring(0, 1).toUpperCase(Locale.UK) + what.substring(1);
        Platform platform = person.platform();
        if (platform != Platform.TEAMS && platform != Platform.SLACK && platform != Platform.LOCAL) {
            return Optional.of(named + " must be someone on Teams, Slack or the local page: write teams:, slack: or "
                    + "local: before their id.");
        }
        if (!couldBe(platform, person.id())) {
            return Optional.of(named + " cannot be anyone on " + name(platform) + ": " + shape(platform) + ".");
        }
        if (platform == Platform.LOCAL && !localIdentities.contains(person.id())) {
            return Optional.of(named + " is none of the local page's identities, which are "
                    + String.join(", ", localIdentities.stream().sorted().toList()) + ".");
        }
        return Optional.empty();
    }

    private static String name(Platform platform) {
        return switch (platform) {
            case TEAMS -> "Teams";
            case SLACK -> "Slack";
            default -> "the local page";
        };
    }

    /** What an id on {@code platform} looks like, to say so when one is refused. */
    public static String shape(Platform platform) {
        return switch (platform) {
            case TEAMS -> "a Teams id is the person's Microsoft Entra object id, like "
                    + "00000000-0000-0000-0000-000000000000";
            case SLACK -> "a Slack id is the person's user id, like U012AB3CD";
            case LOCAL -> "a local identity is lower-case letters, digits, '.', '_' or '-', like business-manager";
            default -> "people are named on teams, slack or local";
        };
    }
}
