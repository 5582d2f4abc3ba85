package org.eurasiakg.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;

/** The self-contained project and the Wikidata stand-in data the federation tests use. */
public final class FederationFixture {
    private FederationFixture() {}

    public static final Path RESOURCES = TestProjects.repository().resolve("src/test/resources/federation");
    public static final Path WIKIDATA = RESOURCES.resolve("wikidata.ttl");
    public static final Path QUERIES = TestProjects.repository().resolve("queries/federated");

    /** Builds the fixture project (the six CSTO members, linked to Wikidata) into {@code into/data}. */
    public static Path buildProject(Path into) {
        Path project = into.resolve("federation-project");
        TestProjects.copyTree(RESOURCES.resolve("project"), project);
        Path data = into.resolve("data");
        CliRun run = CliRun.of("build", "--source", project.toString(), "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return data;
    }

    public static RowSetRewindable tsv(String text) {
        return RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_TSV)).rewindable();
    }

    public static String tsv(RowSetRewindable rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, ResultSet.adapt(rows), ResultSetLang.RS_TSV);
        rows.reset();
        return out.toString(StandardCharsets.UTF_8);
    }
}
