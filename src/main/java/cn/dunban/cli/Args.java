package cn.dunban.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} options of one subcommand; anything it does not know is a usage error, and so is an
 * option given twice unless it is one of the {@code repeatable} ones (read those with {@link #all}).
 */
final class Args {

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, List<String>> repeated = new HashMap<>();

    Args(List<String> args, Set<String> options, Set<String> flags) {
        this(args, options, Set.of(), flags);
    }

    Args(List<String> args, Set<String> options, Set<String> repeatable, Set<String> flags) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (flags.contains(name)) {
                values.put(name, "true");
            } else if (options.contains(name) || repeatable.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException(name + " 需要一个值");
                    }
                    value = args.get(++i);
                }
                if (repeatable.contains(name)) {
                    repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else if (values.putIfAbsent(name, value) != null) {
                    throw new UsageException(name + " 只能给一次（已给 “" + values.get(name) + "”，又给 “" + value + "”）");
                }
            } else {
                throw new UsageException("不认识的参数 " + a);
            }
        }
    }

    /** Every value of a repeatable option, in the order given; empty when not given. */
    List<String> all(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    String get(String name) {
        return values.get(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** Every value of a repeatable path option, in order. */
    List<Path> paths(String name) {
        return all(name).stream().map(Path::of).toList();
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException("缺少 " + name);
        }
        return v;
    }

    Path path(String name) {
        String v = values.get(name);
        return v == null ? null : Path.of(v);
    }

    LocalDate date(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException(name + " “" + v + "”不是 YYYY-MM-DD 格式的日期");
        }
    }

    int integer(String name, int fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " “" + v + "”不是整数");
        }
    }
}
