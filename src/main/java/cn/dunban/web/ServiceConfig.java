package cn.dunban.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.checking.WarmChecks;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.engine.Trial;
import cn.dunban.store.FactStore;
import cn.dunban.store.ReportStore;
import cn.dunban.facts.FactsReader;

/** The checker core as the service uses it: one catalog, one rulebase holder, one facts reader. */
@Configuration(proxyBeanMethods = false)
class ServiceConfig {

    private static final Logger log = LoggerFactory.getLogger(ServiceConfig.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Catalog catalog(DunbanProperties props) {
        Catalog catalog = props.catalog() == null ? CatalogReader.builtIn() : CatalogReader.readDirectory(props.catalog());
        log.info("目录: {} 个文件, {} 个目标{}", catalog.documents().size(), catalog.size(),
                props.catalog() == null ? "（内置）" : "（" + props.catalog() + "）");
        return catalog;
    }

    /** Facts every new rulebase is tried on before it goes live (those present in the working directory). */
    static final List<Path> TRIAL_FACTS = List.of(Path.of("samples/midyear-2023-09.json"),
            Path.of("samples/controls-2025.json"));

    @Bean
    RulebaseHolder rulebaseHolder(DunbanProperties props, Catalog catalog) {
        // a new rulebase goes live only if the sample facts check on it without a rule failing
        RulebaseHolder holder = new RulebaseHolder(props.rules(), catalog, Trial.facts(TRIAL_FACTS));
        var status = holder.status();
        log.info("规则库 {}: {} 个文件, 版本 {}", props.rules(), status.files().size(), status.version());
        status.warnings().forEach(w -> log.warn("规则警告 {}", w));
        return holder;
    }

    /** The warm sessions stored checks are answered from; closed with the context. */
    @Bean(destroyMethod = "close")
    WarmChecks warmChecks(RulebaseHolder rules, ReportStore reports, FactStore facts, FactsReader reader, Clock clock) {
        return new WarmChecks(rules, reports, facts, reader, clock);
    }

    @Bean
    FactsReader factsReader(Catalog catalog, Clock clock) {
        return new FactsReader(catalog, clock);
    }
}
