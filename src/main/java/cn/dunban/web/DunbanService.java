package cn.dunban.web;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import cn.dunban.engine.RulebaseException;

/** The Spring Boot application behind {@code dunban serve}: the web layer and its store. */
@SpringBootApplication(scanBasePackages = {"cn.dunban.web", "cn.dunban.store"})
@ConfigurationPropertiesScan("cn.dunban.web")
public class DunbanService {

    /** Starts the service and blocks until it stops; 0 after a normal shutdown, 2 if it could not start. */
    public static int serve(String[] args, PrintStream out, PrintStream err) {
        CountDownLatch closed = new CountDownLatch(1);
        SpringApplication app = new SpringApplication(DunbanService.class);
        app.addListeners((ApplicationListener<ContextClosedEvent>) e -> closed.countDown());
        ConfigurableApplicationContext context;
        try {
            context = app.run(args);
        } catch (RuntimeException e) {
            err.println("dunban serve: 服务未能启动: " + reason(e));
            return 2;
        }
        String port = context.getEnvironment().getProperty("local.server.port");
        out.println("dunban 服务已启动: http://localhost:" + port + "/  (API 文档 /swagger-ui.html)");
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof RulebaseException r) {
                return "规则目录未能编译\n  " + String.join("\n  ", r.errors().stream().map(Object::toString).toList());
            }
            if (t instanceof IllegalArgumentException || t.getCause() == null) {
                return t.getMessage();
            }
            t = t.getCause();
        }
        return e.toString();
    }
}
