package cn.dunban.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import cn.dunban.bench.BenchJvm;
import cn.dunban.bench.Benchmark;
import cn.dunban.bench.ServiceBench;
import cn.dunban.bench.Size;

/**
 * {@code dunban bench}: the province-scale benchmark. Exit 0 when dunban and the plain-Java baseline
 * found the same, 1 when they did not. Runs in a child JVM with fixed heap and collector options unless
 * this JVM was given some ({@link BenchJvm}).
 */
final class BenchCommand implements Command {

    static final String USAGE = "dunban bench --size small|medium|large [--seed N] [--rules DIR] [--threads N] "
            + "[--repeats N] [--warmups N] [--batch N] [--no-partition] [--no-fork] [--service [--jdbc-url URL]]";

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, Set.of("--size", "--seed", "--rules", "--threads", "--repeats", "--warmups", "--batch",
                "--jdbc-url"), Set.of("--no-partition", "--no-fork", "--service"));
        Size size;
        try {
            size = Size.parse(args.get("--size", "small"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int threads = args.integer("--threads", Runtime.getRuntime().availableProcessors());
        // the JIT needs a couple of dozen checks to settle on two cores; large is slow enough to settle within one.
        // Fifteen repeats: on two shared cores single checks vary by ±15%, and a median of seven still moved by 10%.
        int repeats = args.integer("--repeats", size == Size.LARGE ? 3 : 15);
        int warmups = args.integer("--warmups", size == Size.LARGE ? 2 : 30);
        int batch = args.integer("--batch", 1000);
        if (threads < 1 || repeats < 1 || warmups < 0 || batch < 1) {
            throw new UsageException("--threads、--repeats、--batch 至少为 1，--warmups 不能为负");
        }
        String seed = args.get("--seed", "1");
        long seedValue;
        try {
            seedValue = Long.parseLong(seed);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed “" + seed + "”不是整数");
        }
        List<String> chosen = BenchJvm.chosen();
        if (!args.flag("--no-fork") && chosen.isEmpty()) {
            return BenchJvm.fork(size, argv, err);
        }
        List<String> measuredWith = BenchJvm.recommended(size);
        err.println("bench: JVM options " + (chosen.isEmpty() ? "(none)" : String.join(" ", chosen))
                + (chosen.equals(measuredWith) ? "" : "; docs/performance.md was measured with " + String.join(" ", measuredWith)));
        if (args.flag("--service")) {
            boolean identical = new ServiceBench(size, seedValue, Inputs.rules(args.path("--rules")), args.get("--jdbc-url"),
                    args.integer("--repeats", 15), out, err).run();
            CliTiming.measure(out, err);
            return identical ? Cli.OK : Cli.VIOLATIONS;
        }
        Benchmark.Options options = new Benchmark.Options(size, seedValue, Inputs.rules(args.path("--rules")), threads,
                repeats, warmups, batch, !args.flag("--no-partition"));
        Benchmark.Result result = new Benchmark(options, out, err).run();
        return result.identical() ? Cli.OK : Cli.VIOLATIONS;
    }
}
