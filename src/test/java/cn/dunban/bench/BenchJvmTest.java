package cn.dunban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The benchmark's figures are only comparable when they come from the JVM options docs/performance.md
 * names: a plain {@code java -jar dunban.jar bench} must run in a child JVM with those, and a user's own
 * heap or collector options must be noticed (they then apply instead).
 */
class BenchJvmTest {

    @Test
    void theChildJvmGetsTheDocumentedOptionsAndRunsTheSameBenchInProcess() {
        System.setProperty(cn.dunban.Dunban.ENTRY_POINT, cn.dunban.Dunban.class.getName()); // as main() does
        List<String> cmd = BenchJvm.childCommand(Size.MEDIUM, List.of("--size", "medium", "--seed", "7"));
        assertThat(cmd.get(0)).endsWith("java");
        assertThat(cmd).containsSubsequence("-XX:+UseParallelGC", "-Xms2g", "-Xmx2g", "-Xmn1g");
        // under Maven the class path is a directory list, so the main class is named; from the jar it is -jar
        assertThat(cmd).containsSubsequence("-cp", System.getProperty("java.class.path"), "cn.dunban.Dunban");
        assertThat(cmd.subList(cmd.indexOf("bench"), cmd.size()))
                .containsExactly("bench", "--size", "medium", "--seed", "7", "--no-fork");
    }

    @Test
    void largeGetsTheFourGigabyteHeapItWasMeasuredIn() {
        assertThat(BenchJvm.recommended(Size.LARGE)).containsExactly("-XX:+UseParallelGC", "-Xms4g", "-Xmx4g", "-Xmn512m");
    }

    @Test
    void heapAndCollectorOptionsAreTheUsersChoiceOtherOptionsAreNot() {
        assertThat(List.of("-Xmx4g", "-Xms512m", "-Xmn1g", "-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:MaxRAMPercentage=50",
                "-XX:NewRatio=3")).allMatch(BenchJvm::decidesFigures);
        assertThat(List.of("-Dfile.encoding=UTF-8", "-ea", "-Xss2m", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:StartFlightRecording")).noneMatch(BenchJvm::decidesFigures);
    }
}
