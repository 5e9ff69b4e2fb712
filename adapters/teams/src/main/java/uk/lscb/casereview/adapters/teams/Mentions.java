package uk.lscb.casereview.adapters.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.Serialization;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** @-mentions of a board's Chairs in a channel post, by Entra object id, under their role rather than a name. */
final class Mentions {
    static final String CHAIR_NAME = "Independent Chair";

    private Mentions() {
    }

    /** Sets the activity's text to the mentions followed by {@code text}, with one mention entity per Chair. */
    static void mention(Activity activity, Collection<String> chairs, String text) {
        StringBuilder line = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        for (String chair : chairs) {
            String at = "<at>" + CHAIR_NAME + "</at>";
            Mention mention = new Mention();
            ChannelAccount mentioned = new ChannelAccount(chair, CHAIR_NAME);
            mentioned.setAadObjectId(chair);
            mention.setMentioned(mentioned);
            mention.setText(at);
            entities.add(Serialization.getAs(mention, Entity.class));
            line.append(at).append(' ');
        }
        activity.setText(line.append(text).toString());
        activity.setEntities(entities);
    }
}
