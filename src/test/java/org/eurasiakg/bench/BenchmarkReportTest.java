package org.eurasiakg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eurasiakg.bench.Benchmark.PageTimes;
import org.eurasiakg.store.BulkLoad;
import org.junit.jupiter.api.Test;

/** The report states each new figure (pages served and rendered, draft, build, ask) and judges it against its goal. */
class BenchmarkReportTest {
    private static Stats ms(double... v) {
        List<Double> l = new ArrayList<>();
        for (double d : v) l.add(d);
        return Stats.of(l);
    }

    private static String report(Stats entityServed, Stats draft, Stats ask) {
        Benchmark.Config config = new Benchmark.Config(Path.of("."), Path.of("target/bench"), Path.of("target/kg.jar"), List.of(),
                3, 10, 5, 8, 42, BulkLoad.Loader.values()[0], "512m", 2, "kg bench --test");
        List<PageTimes> pages = List.of(new PageTimes("entity", "/page/id/csto", entityServed, ms(30, 31, 32)),
                new PageTimes("home", "/", ms(4, 5, 25), ms(8, 9, 10)));
        Benchmark.Results r = new Benchmark.Results(new Machine("cpu", 2, 1024, "os", "java", 12.5), ms(3.5), ms(3.0), 5, draft,
                ms(1.4), ms(1.7), List.of(), ms(1), ms(1), ms(1.5), pages, ask, ms(500), ms(520), List.of(), List.of(), 14.0, 3);
        return new BenchmarkReport(config, r).markdown();
    }

    @Test
    void tablesEveryPageServedAndRendered() {
        String md = report(ms(6, 7, 8), ms(1.5, 1.6, 1.9), ms(10, 20, 250));
        assertThat(md).contains("| entity | `/page/id/csto` | 7.00 | 6.00 | 8.00 | 31.00 | 30.00 | 32.00 | 3 |");
        assertThat(md).contains("| home | `/` | 5.00 | 4.00 | 25.00 | 9.00 | 8.00 | 10.00 | 3 |");
        assertThat(md).contains("| page `/page/id/csto` as served, one client | 7.00 ms |  |  | ≤ 10 ms | yes |");
        assertThat(md).contains("| every page as served, one client (slowest) | `/page/id/csto`: 7.00 ms |  |  | ≤ 20 ms each | yes |");
        assertThat(md).contains("| `kg draft` of the 1,000-word article (wall, new JVM) | 1.60 s | none |  | ≤ 2 s | yes |");
        assertThat(md).contains("| build of the project, all 5 articles (`kg build`, wall, new JVM) | 3.50 s | none |  | ≤ 4 s | yes |");
        assertThat(md).contains("| `kg ask`, warm, median time per question (3 questions) | 20.00 ms |  |  | ≤ 50 ms | yes |");
        assertThat(md).contains("| `kg ask`, warm, worst question | 250.00 ms |  |  | ≤ 300 ms | yes |");
        assertThat(md).contains("| time per question | 20.00 | 10.00 | 250.00 | 3 |");
    }

    @Test
    void saysNoWhereAFigureMissesItsGoal() {
        String md = report(ms(12, 13, 40), ms(2.5), ms(60, 70, 400));
        assertThat(md).contains("| page `/page/id/csto` as served, one client | 13.00 ms |  |  | ≤ 10 ms | **no** |");
        assertThat(md).contains("| `kg draft` of the 1,000-word article (wall, new JVM) | 2.50 s | none |  | ≤ 2 s | **no** |");
        assertThat(md).contains("| `kg ask`, warm, worst question | 400.00 ms |  |  | ≤ 300 ms | **no** |");
    }

    @Test
    void theSlowestPageIsTheOneWithTheLargestServedMedian() {
        PageTimes a = new PageTimes("a", "/a", ms(3), ms(30)), b = new PageTimes("b", "/b", ms(5), ms(6));
        assertThat(BenchmarkReport.slowest(List.of(a, b))).isEqualTo(b);
    }
}
