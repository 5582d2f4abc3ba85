package org.eurasiakg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/** Runs the {@code *-violation.rq} queries; each must return no rows. */
public final class QualityChecks {
    private QualityChecks() {}

    public static void run(List<Path> checks, Path root, Graph data) {
        for (Path check : checks) {
            Path shown = root.relativize(check);
            Query query;
            try {
                query = QueryFactory.create(Files.readString(check));
            } catch (QueryParseException e) {
                throw new InputException(shown, e.getLine(), e.getColumn(), e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (QueryExec exec = QueryExec.graph(data).query(query).build()) {
                RowSet rows = exec.select();
                List<Binding> found = new ArrayList<>();
                rows.forEachRemaining(found::add);
                if (!found.isEmpty())
                    throw new InputException(shown, "quality check failed: " + found.size()
                            + " violation(s); first: " + found.get(0));
            }
        }
    }
}
