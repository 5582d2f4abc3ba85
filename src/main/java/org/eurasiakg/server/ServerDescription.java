package org.eurasiakg.server;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.ctl.ActionCtl;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.WebContent;

/**
 * {@code /$/server}: the datasets and their endpoints, which the query editor at {@code /} reads.
 * Unlike Fuseki's admin module it offers nothing but this description, and no server version.
 */
final class ServerDescription extends ActionCtl {

    @Override
    public void validate(HttpAction action) {}

    @Override
    public void execGet(HttpAction action) { executeLifecycle(action); }

    @Override
    public void execute(HttpAction action) {
        try {
            JsonBuilder builder = new JsonBuilder();
            builder.startObject();
            builder.key("datasets");
            JsonDescription.arrayDatasets(builder, action.getDataAccessPointRegistry());
            builder.finishObject();
            action.setResponseContentType(WebContent.contentTypeJSON);
            action.setResponseCharacterEncoding(WebContent.charsetUTF8);
            OutputStream out = action.getResponseOutputStream();
            JSON.write(out, builder.build());
            out.write('\n');
            ServletOps.success(action);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }
}
