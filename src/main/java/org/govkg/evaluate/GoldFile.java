package org.govkg.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** A gold answer key for one document, as GUIDELINES.md defines it. */
public record GoldFile(String doc, String regionLabel, String regionCode, int year, String kind,
                       List<GoldEntity> entities) {

    public GoldFile {
        entities = List.copyOf(entities);
    }

    public static GoldFile read(Path path) throws IOException {
        JsonObject o;
        try (InputStream in = Files.newInputStream(path)) {
            o = JSON.parse(in);
        } catch (RuntimeException e) {
            throw new IOException(path + ": not a gold JSON file: " + e.getMessage(), e);
        }
        List<GoldEntity> entities = new ArrayList<>();
        for (JsonValue v : o.get("entities").getAsArray()) {
            JsonObject e = v.getAsObject();
            List<String> aliases = new ArrayList<>();
            if (e.hasKey("aliases")) {
                JsonArray a = e.get("aliases").getAsArray();
                a.forEach(x -> aliases.add(x.getAsString().value()));
            }
            entities.add(new GoldEntity(str(e, "type"), str(e, "label"), aliases, str(e, "code"),
                    !e.hasKey("required") || e.get("required").getAsBoolean().value(), str(e, "definition")));
        }
        JsonObject region = o.hasKey("region") ? o.get("region").getAsObject() : new JsonObject();
        int year = o.hasKey("year") ? o.get("year").getAsNumber().value().intValue() : 0;
        return new GoldFile(str(o, "doc"), str(region, "label"), str(region, "code"), year, str(o, "kind"),
                entities);
    }

    private static String str(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isString() ? o.get(key).getAsString().value() : "";
    }
}
