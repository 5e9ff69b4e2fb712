package uk.lscb.casereview.core.people;

import java.util.regex.Pattern;
import uk.lscb.casereview.core.platforms.Platform;

/**
 * What a person's id can look like on each platform, for an id given from outside (a case-management system naming a
 * lead reviewer, an action's owner or an agency's contact): a Teams id is the person's Microsoft Entra object id (a
 * GUID, as the boards' configuration and Teams' {@code aadObjectId} give it) or, for someone Teams knows no Entra id
 * of, the Bot Framework's {@code 29:} id; a Slack id is a user's ({@code U…}, or {@code W…} on Enterprise Grid) as
 * Slack's people picker gives it; a local identity is lower-case letters, digits, '.', '_' or '-' (as the boards'
 * configuration allows). Each is at most 128 characters, so nothing longer is ever stored as someone's id.
 */
public final class PersonIds {
    private static final Pattern ENTRA_OBJECT_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern BOT_FRAMEWORK_ID = Pattern.compile("29:[A-Za-z0-9_-]{1,125}");
    private static final Pattern SLACK_USER_ID = Pattern.compile("[UW][A-Z0-9]{2,31}");
    private static final Pattern LOCAL_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

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
