package uk.lscb.casereview.bot.dashboard;

import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.boards.Board;
import uk.lscb.casereview.core.people.UserRef;

/**
 * Who is looking at the dashboard: a person who may see the cases of at least one board (its Chair, an administrator,
 * its business manager or a lead representative of its safeguarding partners), those boards, and how they came: signed in (with the sign-out form), or as a
 * local identity ({@code as}, carried on every link).
 */
record Viewer(UserRef user, List<Board> boards, Optional<String> as, Optional<Html.Form> signOut) {
    Viewer {
        boards = List.copyOf(boards);
    }

    /** A path of the dashboard as this viewer's links write it: with {@code ?as=} in local mode. */
    String link(String path) {
        return as.map(id -> path + (path.contains("?") ? "&" : "?") + "as=" + java.net.URLEncoder.encode(id,
                java.nio.charset.StandardCharsets.UTF_8)).orElse(path);
    }

    boolean sees(Board board) {
        return boards.stream().anyMatch(held -> held.id().equals(board.id()));
    }
}
