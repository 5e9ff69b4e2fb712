package uk.lscb.casereview.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.platforms.Platform;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;
import uk.lscb.casereview.core.requests.AgencyRequest;
import uk.lscb.casereview.core.requests.AgencyRequests;

/** What every {@link AgencyRequests} implementation does. Extend it with a fresh, empty store. */
public abstract class AgencyRequestsContract {
    private static final UserRef MANAGER = new UserRef(Platform.TEAMS, "aad-manager", "A business manager");
    private static final UserRef CONTACT = new UserRef(Platform.SLACK, "U0POLICE", "A police contact");

    protected abstract AgencyRequests store();

    public static AgencyRequest request(String reference, int number, LocalDate due, Optional<UserRef> contact) {
        return new AgencyRequest(CaseId.of(PortFixtures.STAFFORDSHIRE, new CaseReference(reference)), number, 1,
                PortFixtures.STAFFORDSHIRE, new CaseReference(reference), "Staffordshire Police", contact,
                "Chronology of police contact with the family, 2025 to 2026.", due, MANAGER,
                PortFixtures.AT.plusNanos(123_456), Optional.empty(), false);
    }

    @Test
    public void aStoredRequestReadsBackEqualWithOrWithoutAContact() {
        AgencyRequests requests = store();
        AgencyRequest withContact = request("SCR-2026-001", 1, LocalDate.parse("2026-12-18"), Optional.of(CONTACT));
        AgencyRequest without = request("SCR-2026-001", 2, LocalDate.parse("2026-12-21"), Optional.empty());

        assertThat(requests.create(withContact)).isTrue();
        assertThat(requests.create(without)).isTrue();

        assertThat(requests.find(withContact.caseId(), 1)).contains(withContact);
        assertThat(requests.find(without.caseId(), 2)).contains(without);
        assertThat(requests.find(without.caseId(), 3)).isEmpty();
    }

    @Test
    public void aRequestNumberIsTakenOnce() {
        AgencyRequests requests = store();
        AgencyRequest first = request("SCR-2026-002", 1, LocalDate.parse("2026-12-18"), Optional.empty());

        assertThat(requests.create(first)).isTrue();
        assertThat(requests.create(request("SCR-2026-002", 1, LocalDate.parse("2027-01-08"), Optional.empty())))
                .isFalse();

        assertThat(requests.find(first.caseId(), 1)).contains(first);
    }

    @Test
    public void aCasesRequestsComeByNumberAndABoardsByDueDate() {
        AgencyRequests requests = store();
        requests.create(request("SCR-B", 2, LocalDate.parse("2026-12-10"), Optional.empty()));
        requests.create(request("SCR-B", 1, LocalDate.parse("2026-12-30"), Optional.empty()));
        requests.create(request("SCR-A", 1, LocalDate.parse("2026-12-20"), Optional.empty()));

        assertThat(requests.ofCase(CaseId.of(PortFixtures.STAFFORDSHIRE, new CaseReference("SCR-B"))))
                .extracting(AgencyRequest::number).containsExactly(1, 2);
        assertThat(requests.ofBoard(PortFixtures.STAFFORDSHIRE)).extracting(AgencyRequest::id).containsExactly(
                "staffordshire/SCR-B/request/2", "staffordshire/SCR-A/request/1", "staffordshire/SCR-B/request/1");
        assertThat(requests.ofBoard(new BoardId("stoke-on-trent"))).isEmpty();
    }

    @Test
    public void anUpdateNeedsTheCurrentVersionAndUnrecordedOnesAreListed() {
        AgencyRequests requests = store();
        AgencyRequest asked = request("SCR-2026-003", 1, LocalDate.parse("2026-12-18"), Optional.of(CONTACT));
        requests.create(asked);
        assertThat(requests.unrecorded()).containsExactly(asked);
        AgencyRequest recorded = asked.withRecorded();

        assertThat(requests.update(recorded, 5)).isFalse();
        assertThat(requests.update(recorded, 1)).isTrue();
        assertThat(requests.update(recorded, 1)).isFalse();
        assertThat(requests.unrecorded()).isEmpty();

        AgencyRequest provided = recorded.providedBy(new DoneMark(CONTACT, PortFixtures.AT.plusSeconds(90_000)));
        assertThat(requests.update(provided, 2)).isTrue();
        assertThat(requests.find(asked.caseId(), 1)).contains(provided);
        assertThat(requests.unrecorded()).containsExactly(provided);
    }
}
