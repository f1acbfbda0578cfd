package cn.dunban.web;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings ({@code dunban.*}); {@code serve}'s options set them, and so can any
 * Spring property source. {@code users} is the {@code DUNBAN_USERS} environment variable.
 *
 * @param users       {@code name:password:ROLE} or {@code name:password:UNIT:单位名称}, separated by {@code ;}
 * @param demo        start with the documented demo users (never in production)
 * @param rules       the rules directory, compiled at start and reloaded on change
 * @param catalog     a catalog directory instead of the built-in five documents (optional)
 * @param rulesPoll   how often the rules directory is looked at; a change is reloaded once it has
 *                    stayed the same for one more look; zero turns watching off
 */
@ConfigurationProperties("dunban")
public record DunbanProperties(String users, @DefaultValue("false") boolean demo, @DefaultValue("rules") Path rules,
        Path catalog, @DefaultValue("2s") Duration rulesPoll) {
}
