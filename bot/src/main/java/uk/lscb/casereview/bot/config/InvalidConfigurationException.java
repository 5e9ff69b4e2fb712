package uk.lscb.casereview.bot.config;

/** A configuration value that cannot be used: the message is one line naming the property. */
public class InvalidConfigurationException extends RuntimeException {
    private final String property;

    public InvalidConfigurationException(String property, String problem) {
        super(property + ": " + problem);
        this.property = property;
    }

    public String property() {
        return property;
    }
}
