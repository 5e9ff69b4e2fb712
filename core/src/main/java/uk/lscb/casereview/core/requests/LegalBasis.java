package uk.lscb.casereview.core.requests;

/**
 * Why an agency must answer a board's request, in the framework's own words (its section "Agency requirement to
 * contribute to LSCB requests", quoted whole; only line breaks are joined). A test checks the quotation against the
 * seed text.
 */
public final class LegalBasis {
    /** The framework's section the quotation comes from. */
    public static final String SECTION = "Agency requirement to contribute to LSCB requests";

    /** The section's words, exactly as the framework has them. */
    public static final String QUOTATION = "All agencies and organisations are required by Part 2, Chapter 31 "
            + "(Section 14B) of the Children Act 2004 to enable or assist the LSCB in performing their functions and "
            + "this request must be complied with in accordance with statute. Working Together to Safeguard "
            + "Children, 2013 also reinforces this requirement on agencies. For further information please go to: "
            + "http://www.legislation.gov.uk/ukpga/2004/31. Please note that this is a legal requirement and the "
            + "Board is not responsible for any financial implications this engagement may incur on individual "
            + "agencies.";

    /** The line a message to an agency's contact carries: where the words come from, then the words. */
    public static final String LINE = "The legal basis, in the words of the Learning and Improvement Framework (\u201C"
            + SECTION + "\u201D): \u201C" + QUOTATION + "\u201D";

    private LegalBasis() {
    }
}
