package org.eurasiakg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.server.KgServer;
import org.eurasiakg.server.ServerConfig;
import org.eurasiakg.store.KgStore;

/**
 * A project built and served on a free loopback port for the page tests: the test fixture with
 * {@code fixture-pages/} laid over it (dated events, a corridor, links, a question, a name with
 * {@code <script>} in it), or the real project.
 */
final class PagesFixture implements AutoCloseable {
    final Path project;
    final DatasetGraph dsg;
    final FusekiServer server;

    private PagesFixture(Path project, DatasetGraph dsg, FusekiServer server) {
        this.project = project;
        this.dsg = dsg;
        this.server = server;
    }

    /** The fixture project with the page fixture laid over it. */
    static Path fixtureProject(Path tmp) {
        Path project = TestProjects.fixture(tmp);
        TestProjects.copyTree(TestProjects.repository().resolve("src/test/resources/fixture-pages"), project);
        return project;
    }

    /** The real ontology, seeds and questions. */
    static Path realProject(Path tmp) {
        Path project = TestProjects.real(tmp);
        TestProjects.copyTree(TestProjects.repository().resolve("queries"), project.resolve("queries"));
        return project;
    }

    static PagesFixture serve(Path project, Path tmp, String publicBase) {
        Path data = tmp.resolve("data");
        CliRun run = CliRun.of("build", "--source", project.toString(), "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        DatasetGraph dsg = new KgStore(data).open();
        Duration timeout = Duration.ofSeconds(10);
        SiteConfig site = new SiteConfig(publicBase, project.resolve("queries"), timeout);
        FusekiServer server = KgServer.build(dsg, new ServerConfig("127.0.0.1", 0, timeout), site).start();
        return new PagesFixture(project, dsg, server);
    }

    /** Another server on the same store, configured otherwise. */
    FusekiServer another(SiteConfig site) {
        return KgServer.build(dsg, new ServerConfig("127.0.0.1", 0, Duration.ofSeconds(10)), site).start();
    }

    String url(String path) {
        return server.serverURL().replaceAll("/$", "") + path;
    }

    @Override
    public void close() {
        server.stop();
        KgStore.release(dsg);
    }
}
