package uk.lscb.casereview.core.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.lscb.casereview.core.cases.DoneMark;
import uk.lscb.casereview.core.people.UserRef;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseId;
import uk.lscb.casereview.core.refs.CaseReference;

/**
 * One request to an agency for information on a case, under the agencies' duty to contribute (Children Act 2004
 * s14B). Linked to its case by the case's id; numbered from 1 within the case. No child's name: the text of what is
 * asked is checked for personal details before it is kept.
 *
 * @param version  optimistic-concurrency version, 1 when asked
 * @param contact  the agency's contact person, by platform id, if the board has one (they are told in their chat)
 * @param provided who marked the information provided, and when
 * @param recorded whether the case's audit trail and follow-ups already reflect this version (a crash between the
 *                 two writes leaves it false, and the sweep completes it)
 */
public record AgencyRequest(CaseId caseId, int number, long version, BoardId board, CaseReference reference,
                            String agency, Optional<UserRef> contact, String asked, LocalDate due, UserRef askedBy,
                            Instant askedAt, Optional<DoneMark> provided, boolean recorded) {
    public AgencyRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(askedBy, "askedBy");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(provided, "provided");
        if (number < 1) {
            throw new IllegalArgumentException("a request's number counts from 1: " + number);
        }
    }

    /** Unique across cases: {@code <caseId>/request/<number>}. */
    public String id() {
        return idOf(caseId, number);
    }

    public static String idOf(CaseId caseId, int number) {
        return caseId.value() + "/request/" + number;
    }

    public boolean isProvided() {
        return provided.isPresent();
    }

    /** Whether this person is the request's contact (by platform and id, never by name). */
    public boolean isContact(UserRef who) {
        return contact.filter(person -> person.isSamePerson(who))
                .isPresent();
    }

    /** This request one version on, marked provided, its case not yet told. */
    public AgencyRequest providedBy(DoneMark mark) {
        return new AgencyRequest(caseId, number, version + 1, board, reference, agency, contact, asked, due, askedBy,
                askedAt, Optional.of(mark), false);
    }

    /** This request one version on, its case's audit trail and follow-ups written. */
    public AgencyRequest withRecorded() {
        return new AgencyRequest(caseId, number, version + 1, board, reference, agency, contact, asked, due, askedBy,
                askedAt, provided, true);
    }
}
