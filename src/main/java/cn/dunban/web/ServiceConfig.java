package cn.dunban.web;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.engine.RulebaseHolder;
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

    @Bean
    RulebaseHolder rulebaseHolder(DunbanProperties props, Catalog catalog) {
        RulebaseHolder holder = new RulebaseHolder(props.rules(), catalog);
        var status = holder.status();
        log.info("规则库 {}: {} 个文件, 版本 {}", props.rules(), status.files().size(), status.version());
        status.warnings().forEach(w -> log.warn("规则警告 {}", w));
        return holder;
    }

    @Bean
    FactsReader factsReader(Catalog catalog, Clock clock) {
        return new FactsReader(catalog, clock);
    }
}
