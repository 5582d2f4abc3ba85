package org.eurasiakg.ask;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * An answer as JSON: {"question", "reading", "sparql", "answers": [{"label", "iri" | "value",
 * "evidence": [{"quote", "sentence", "article", "status", "assertedBy"}]}]}.
 */
public final class AnswerJson {
    private AnswerJson() {}

    public static JsonObject of(Answer a) {
        JsonObject o = new JsonObject();
        o.put("question", string(a.question()));
        o.put("reading", string(a.reading()));
        o.put("sparql", string(a.sparql()));
        JsonArray answers = new JsonArray();
        for (Answer.Found f : a.answers()) {
            JsonObject j = new JsonObject();
            j.put("label", string(f.label()));
            if (f.iri() != null)
                j.put("iri", f.iri());
            else
                j.put("value", string(f.value()));
            JsonArray evidence = new JsonArray();
            for (Answer.Evidence e : f.evidence()) {
                JsonObject ev = new JsonObject();
                ev.put("quote", string(e.quote()));
                ev.put("sentence", string(e.sentence()));
                ev.put("article", string(e.article()));
                ev.put("status", string(e.status()));
                ev.put("assertedBy", string(e.assertedBy()));
                evidence.add(ev);
            }
            j.put("evidence", evidence);
            answers.add(j);
        }
        o.put("answers", answers);
        return o;
    }

    public static String text(Answer a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, of(a));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonValue string(String s) {
        return s == null ? JsonNull.instance : new JsonString(s);
    }
}
