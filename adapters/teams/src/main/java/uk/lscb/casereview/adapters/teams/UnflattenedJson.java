package uk.lscb.casereview.adapters.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;

/**
 * The SDK's JSON for the Bot Connector, without its flattening. The SDK's {@link JacksonAdapter} wraps the serializer
 * of every class in its {@code FlatteningSerializer}, made for Azure models whose properties are marked
 * {@code @JsonFlatten} (the Bot Framework schema has none): each activity sent is turned into a tree, the tree is
 * copied, and every key is tested against two regular expressions, a key with a dot in it being split into nested
 * objects ({@code "a.b": 1} sent as {@code "a": {"b": 1}}). Per reply that was about a sixth of what a Teams turn
 * allocated. This adapter serializes with the mapper the SDK's own flattening starts from (the same settings, without
 * the flattening and additional-properties modules), so every schema type is written as the SDK writes it, and a
 * key with a dot in it is left as it is.
 */
final class UnflattenedJson extends JacksonAdapter {
    @Override
    public ObjectMapper serializer() {
        return simpleMapper();
    }
}
