package cn.dunban.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dunban.catalog.CatalogReader;
import cn.dunban.engine.Checker;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.Rulebases;
import cn.dunban.facts.Facts;
import cn.dunban.web.DunbanService;
import cn.dunban.web.Users;


/**
 * {@code dunban serve}: the HTTP service of docs/service.md. Reads its options, refuses to start without
 * users unless {@code --demo}, with a port that is taken or a database file another process holds
 * ({@link StartupChecks}), then boots the Spring context and blocks until it is shut down. With
 * {@code --demo} it listens on 127.0.0.1 only, unless {@code --bind} says otherwise.
 * Nothing of Spring is loaded before that, so the other commands stay fast.
 */
public final class ServeCommand implements Command {

    static final String USAGE = "dunban serve [--port N] [--bind ADDRESS] [--data DIR] [--rules DIR] [--catalog DIR] "
            + "[--jdbc-url URL] [--log-format text|json] [--demo] [--<spring.property>=VALUE …]";

    /** Boots the service with Spring arguments; tests put a recorder here. */
    interface Starter {
        int start(String[] springArgs, PrintStream out, PrintStream err);
    }

    private final Map<String, String> env;
    private final Starter starter;

    public ServeCommand() {
        this(System.getenv());
    }

    ServeCommand(Map<String, String> env) {
        this(env, DunbanService::serve);
    }

    ServeCommand(Map<String, String> env, Starter starter) {
        this.env = env;
        this.starter = starter;
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Map<String, String> props = new LinkedHashMap<>();
        List<String> passThrough = new ArrayList<>();
        boolean demo = false;
        String port = "8080";
        Path data = Path.of("data");
        Path rules = Path.of("rules");
        String bind = null;
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String inline = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
            switch (name) {
                case "--demo" -> demo = true;
                case "--port", "--bind", "--address", "--data", "--rules", "--catalog", "--jdbc-url", "--log-format" -> {
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= argv.size()) {
                            throw new UsageException(name + " 需要一个值");
                        }
                        value = argv.get(++i);
                    }
                    switch (name) {
                        case "--port" -> port = integer(name, value);
                        case "--bind", "--address" -> bind = value;
                        case "--data" -> data = Path.of(value);
                        case "--rules" -> rules = Path.of(value);
                        case "--catalog" -> props.put("dunban.catalog", Path.of(value).toAbsolutePath().toString());
                        case "--jdbc-url" -> props.put("spring.datasource.url", value);
                        default -> props.putAll(logFormat(value));
                    }
                }
                default -> {
                    if (a.startsWith("--") && inline != null && name.contains(".")) {
                        passThrough.add(a);
                    } else {
                        throw new UsageException("不认识的参数 " + a);
                    }
                }
            }
        }
        String users = env.get("DUNBAN_USERS");
        if ((users == null || users.isBlank()) && !demo) {
            err.println("dunban serve: 未设置环境变量 DUNBAN_USERS，服务不启动。");
            err.println("  格式: DUNBAN_USERS='姓名:密码:OFFICER;姓名:密码:POLICY;姓名:密码:UNIT:单位名称[@辖区]'");
            err.println("  仅供试用: dunban serve --demo（使用公开的演示账号，切勿用于生产）");
            return 2;
        }
        if (!Files.isDirectory(rules)) {
            err.println("dunban serve: 规则目录 " + rules + " 不存在（用 --rules DIR 指定）");
            return 2;
        }
        if (demo) {
            err.println("""
                    ************************************************************************
                    *  演示模式 (--demo)：使用以下公开的演示账号，任何人都能登录。切勿用于生产！   *
                    *  DEMO MODE: documented demo users below; never use in production.      *
                    ************************************************************************""");
            for (String e : Users.DEMO.split(";")) {
                err.println("    " + e);
            }
        }
        // The demo's passwords are published: unless told otherwise it answers this machine only.
        if (bind == null && demo) {
            bind = "127.0.0.1";
        }
        Optional<String> problem = StartupChecks.portProblem(bind, Integer.parseInt(port));
        if (problem.isEmpty() && !props.containsKey("spring.datasource.url")) {
            problem = StartupChecks.databaseProblem(data);
        }
        if (problem.isPresent()) {
            err.println("dunban serve: 服务未能启动: " + problem.get());
            return 2;
        }
        if (bind != null) {
            props.put("server.address", bind);
        }
        props.put("server.port", port);
        props.put("dunban.data", data.toAbsolutePath().normalize().toString());
        props.put("dunban.rules", rules.toString());
        props.put("dunban.demo", Boolean.toString(demo));
        ServeJvm.followParent();
        warmUp(rules);
        List<String> springArgs = new ArrayList<>();
        props.forEach((k, v) -> springArgs.add("--" + k + "=" + v));
        springArgs.addAll(passThrough);
        return starter.start(springArgs.toArray(String[]::new), out, err);
    }

    /**
     * Loads the rules (from the compiled-rulebase cache, or compiling them) and runs one check of the built-in
     * catalog on a second thread while Spring starts on this one: Spring's start is single-threaded and the
     * machine has another core, and the service's own loading of the rules then finds them ready
     * ({@link Rulebases} lets one load serve both) and Drools' runtime classes loaded. A failure here is left to
     * the service, which loads the rules itself and says what is wrong.
     */
    private static void warmUp(Path rules) {
        Thread t = new Thread(() -> {
            try {
                Rulebase rulebase = Rulebases.load(rules);
                new Checker(rulebase, CatalogReader.builtIn()).check(Facts.empty(), LocalDate.now());
            } catch (RuntimeException e) {
                // the service's start reports it
            }
        }, "dunban-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    private static String integer(String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0 || n > 65535) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " “" + value + "”不是端口号");
        }
    }

    private static Map<String, String> logFormat(String value) {
        return switch (value) {
            case "text" -> Map.of();
            case "json" -> Map.of("logging.config", "classpath:cn/dunban/web/logback-serve-json.xml",
                    "logging.structured.format.console", "ecs");
            default -> throw new UsageException("--log-format 只能是 text 或 json");
        };
    }
}
