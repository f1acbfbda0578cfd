package cn.dunban.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.cucumber.core.gherkin.Feature;
import io.cucumber.core.gherkin.FeatureParser;
import io.cucumber.core.gherkin.Pickle;
import io.cucumber.core.gherkin.messages.GherkinMessagesFeatureParser;

/**
 * Lets {@code # language: zh-CN} features run. Cucumber 7.34's runner builds each scenario's locale
 * with {@code Locale.Builder.setLanguage(pickle language)}, which rejects a dialect name with a region
 * ("zh-CN") before a single step runs. This parser is the stock Gherkin parser (same keywords, same
 * parse errors) whose scenarios report the bare language subtag ("zh") instead. Cucumber picks the
 * {@link FeatureParser} with the highest {@link #version()}, so this one wins while it is on the
 * classpath; drop it once Cucumber builds the locale from a language tag.
 */
public final class ChineseDialectFeatureParser implements FeatureParser {

    private final GherkinMessagesFeatureParser delegate = new GherkinMessagesFeatureParser();

    @Override
    @Deprecated
    public Optional<Feature> parse(URI path, InputStream source, Supplier<UUID> idGenerator) throws IOException {
        return parse(path, new String(source.readAllBytes(), StandardCharsets.UTF_8), idGenerator);
    }

    @Override
    public Optional<Feature> parse(URI path, String source, Supplier<UUID> idGenerator) {
        return delegate.parse(path, source, idGenerator).map(ChineseDialectFeatureParser::feature);
    }

    @Override
    public String version() {
        return "9-dunban";
    }

    private static Feature feature(Feature feature) {
        return (Feature) Proxy.newProxyInstance(Feature.class.getClassLoader(), new Class<?>[] {Feature.class},
                (proxy, method, args) -> {
                    Object result = call(feature, method, args);
                    if (result instanceof Pickle p) {
                        return pickle(p);
                    }
                    if (method.getName().equals("getPickles")) {
                        return ((List<?>) result).stream().map(p -> pickle((Pickle) p)).toList();
                    }
                    return result;
                });
    }

    private static Pickle pickle(Pickle pickle) {
        return (Pickle) Proxy.newProxyInstance(Pickle.class.getClassLoader(), new Class<?>[] {Pickle.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getLanguage")) {
                        return languageSubtag(pickle.getLanguage());
                    }
                    return call(pickle, method, args);
                });
    }

    /** "zh-CN" → "zh": what {@code Locale.Builder.setLanguage} accepts. */
    static String languageSubtag(String dialect) {
        int dash = dialect.indexOf('-');
        return dash > 0 ? dialect.substring(0, dash) : dialect;
    }

    private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
