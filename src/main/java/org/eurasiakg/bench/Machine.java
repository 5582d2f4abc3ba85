package org.eurasiakg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine a benchmark ran on, and how busy it was. */
record Machine(String cpu, int cores, long memoryMb, String os, String java, double loadAverageBefore) {

    static Machine describe() {
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), loadAverage());
    }

    String summary() {
        return String.format("%s, %d cores, %,d MB RAM, %s, %s; load average %.2f", cpu, cores, memoryMb, os, java, loadAverageBefore);
    }

    /** The one-minute load average (-1 where /proc is missing). */
    static double loadAverage() {
        String s = read("/proc/loadavg");
        return s.isEmpty() ? -1 : Double.parseDouble(s.split("\\s+")[0]);
    }

    /** Runs a diagnostic command in the JVM {@code pid} ({@code jcmd PID ...}); returns its output. */
    static String jcmd(long pid, String... command) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        cmd.addAll(List.of(command));
        return run(cmd.toArray(String[]::new));
    }

    /** Heap in use by a JVM after a full GC, from {@code jcmd PID GC.heap_info} (-1 if jcmd is missing). */
    static long heapUsedKb(long pid) {
        try {
            jcmd(pid, "GC.run");
            String info = jcmd(pid, "GC.heap_info");
            Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Peak resident memory of a process (VmHWM), -1 where /proc is missing. */
    static long peakRssKb(long pid) {
        for (String line : read("/proc/" + pid + "/status").lines().toList())
            if (line.startsWith("VmHWM:"))
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
        return -1;
    }

    private static String run(String... cmd) throws IOException {
        Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    private static String cpuModel() {
        for (String line : read("/proc/cpuinfo").lines().toList())
            if (line.startsWith("model name"))
                return line.substring(line.indexOf(':') + 1).trim();
        return System.getProperty("os.arch");
    }

    private static long totalMemoryMb() {
        for (String line : read("/proc/meminfo").lines().toList())
            if (line.startsWith("MemTotal:"))
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        return -1;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
