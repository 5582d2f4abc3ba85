package org.eurasiakg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eurasiakg.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes on one data folder (the packaged jar): the second is refused with a message
 * naming the folder and the first one's process id; a server killed with SIGKILL leaves its lock
 * files behind, and the next server starts all the same.
 */
class SecondServerIT {
    @TempDir Path tmp;

    private Process kg(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", TestProjects.repository().resolve("target/kg.jar").toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).start();
    }

    /** Waits for the server's first line and returns its endpoint. */
    private static String endpointOf(Process serve) throws Exception {
        String line = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).as(new String(serve.getErrorStream().readNBytes(serve.getErrorStream().available()))).startsWith("SPARQL endpoint: ");
        return line.substring("SPARQL endpoint: ".length());
    }

    private static int ask(String endpoint) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aSecondServerOnTheSameDataIsRefusedAndAKilledOnesLockIsRecovered() throws Exception {
        Path data = tmp.resolve("data");
        Process build = kg("build", "--source", TestProjects.fixture(tmp).toString(), "--data", data.toString());
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(build.exitValue()).isZero();

        Process first = kg("serve", "--data", data.toString(), "--no-build", "--port", "0");
        Process third = null;
        try {
            String endpoint = endpointOf(first);
            Process second = kg("serve", "--data", data.toString(), "--no-build", "--port", "0");
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(err.lines()).containsExactly("kg: error: another kg serve (process " + first.pid() + ") is serving "
                    + data + ": stop it first, or serve another --data folder");
            assertThat(ask(endpoint)).isEqualTo(200);

            first.destroyForcibly(); // SIGKILL: serve.lock and TDB2's tdb.lock stay behind
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(data.resolve("serve.lock")).exists();
            third = kg("serve", "--data", data.toString(), "--no-build", "--port", "0");
            assertThat(ask(endpointOf(third))).isEqualTo(200);
        } finally {
            first.destroyForcibly();
            if (third != null) {
                third.destroy();
                third.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
