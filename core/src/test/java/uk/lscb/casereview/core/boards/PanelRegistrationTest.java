package uk.lscb.casereview.core.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.store.StoreUnavailableException;

class PanelRegistrationTest {
    private static final UserRef ADMIN = new UserRef(Platform.SLACK, "UADMIN", "An Administrator");
    private static final UserRef PRACTITIONER = new UserRef(Platform.TEAMS, "p-1", "A Practitioner");
    private static final BoardId STAFFORDSHIRE = new BoardId("staffordshire");

    private final PanelRegistration registration = new PanelRegistration(Boards.staffordshireAndStoke(),
            new Roles(Map.of(), Map.of(STAFFORDSHIRE, Set.of(Roles.PlatformId.of(ADMIN)))));

    @ParameterizedTest(name = "{0} by {1} in a {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            register panel channel for Staffordshire        | admin        | CHANNEL        | registered | This channel is now the Staffordshire panel channel. Decisions and deadline reminders for Staffordshire will be posted here.
            register the panel channel for Staffordshire    | admin        | CHANNEL        | registered | This channel is now the Staffordshire panel channel. Decisions and deadline reminders for Staffordshire will be posted here.
            '  Register The Panel Channel for staffs. '     | admin        | CHANNEL        | registered | This channel is now the Staffordshire panel channel. Decisions and deadline reminders for Staffordshire will be posted here.
            register panel channel for Staffordshire        | practitioner | CHANNEL        | refused    | Sorry, only an administrator of Staffordshire can register its panel channel. Nothing has changed.
            register panel channel for Atlantis             | admin        | CHANNEL        | refused    | I don't know that board. Please say "register panel channel for" and one of: Staffordshire, Stoke-on-Trent.
            register the panel channel                      | admin        | CHANNEL        | refused    | To make this channel a board's panel channel, type: register panel channel for Staffordshire (or Stoke-on-Trent).
            register panel channel for Staffordshire        | admin        | DIRECT_MESSAGE | refused    | Please do this in the channel you want as the panel channel, not in a direct message. Nothing has changed.
            register panel channel for Stoke-on-Trent       | admin        | CHANNEL        | refused    | Sorry, only an administrator of Stoke-on-Trent can register its panel channel. Nothing has changed.
            """)
    void theSameWordsGetTheSameReplyOnEveryPlatform(String text, String who, PanelRegistration.Place place,
                                                      String result, String reply) {
        PanelRegistration.Result handled = registration.handle(text, who.equals("admin") ? ADMIN : PRACTITIONER,
                place).orElseThrow();

        assertThat(handled.reply()).isEqualTo(reply);
        assertThat(handled instanceof PanelRegistration.Result.Registered).isEqualTo(result.equals("registered"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            start
            register
            please register panel channel for Staffordshire
            SCR-2026-014
            """)
    void otherTextIsNotThisCommand(String text) {
        assertThat(PanelRegistration.isRequest(text)).isFalse();
        assertThat(registration.handle(text, ADMIN, PanelRegistration.Place.CHANNEL)).isEqualTo(Optional.empty());
    }

    @Test
    void aRegisteredChannelIsStoredForItsBoardBeforeItsReplyAndARefusalStoresNothing() {
        List<BoardId> stored = new ArrayList<>();
        PanelRegistration.Result registered = registration.handle("register panel channel for Staffordshire", ADMIN,
                PanelRegistration.Place.CHANNEL).orElseThrow();
        PanelRegistration.Result refused = registration.handle("register panel channel for Staffordshire",
                PRACTITIONER, PanelRegistration.Place.CHANNEL).orElseThrow();

        assertThat(registration.reply(registered, ADMIN, board -> stored.add(board.id()))).isEqualTo(registered.reply());
        assertThat(registration.reply(refused, PRACTITIONER, board -> stored.add(board.id())))
                .isEqualTo(refused.reply());
        assertThat(stored).containsExactly(STAFFORDSHIRE);
    }

    @Test
    void aRegistrationTheStoreCannotKeepSaysNothingWasSaved() {
        PanelRegistration.Result registered = registration.handle("register panel channel for Staffordshire", ADMIN,
                PanelRegistration.Place.CHANNEL).orElseThrow();

        String reply = registration.reply(registered, ADMIN, board -> {
            throw new StoreUnavailableException("saving an address", null);
        });

        assertThat(reply).isEqualTo(StoreUnavailableException.NOTHING_SAVED);
    }

    @Test
    void aRegisteredChannelNamesItsBoard() {
        PanelRegistration.Result handled = registration.handle("register panel channel for SSCB", ADMIN,
                PanelRegistration.Place.CHANNEL).orElseThrow();

        assertThat(((PanelRegistration.Result.Registered) handled).board().id()).isEqualTo(STAFFORDSHIRE);
    }
}
