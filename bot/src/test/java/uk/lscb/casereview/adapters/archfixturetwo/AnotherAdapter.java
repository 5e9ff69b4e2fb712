package uk.lscb.casereview.adapters.archfixturetwo;

/** Test-only: the adapter that {@code archfixtureone.ReachesAnotherAdapter} should not use. */
public final class AnotherAdapter {
    public String name() {
        return "another";
    }
}
