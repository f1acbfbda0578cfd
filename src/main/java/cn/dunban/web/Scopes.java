package cn.dunban.web;

import java.util.List;

import org.springframework.http.HttpStatus;

import cn.dunban.catalog.Catalog;
import cn.dunban.scope.Scope;
import cn.dunban.scope.ScopeException;

/**
 * The scope query parameters ({@code document}, {@code jurisdiction}, {@code unit}, each may repeat) as a
 * {@link Scope}; a name the catalog does not know answers 400 naming the parameter and the names that would do.
 */
public final class Scopes {

    private Scopes() {
    }

    public static Scope of(Catalog catalog, List<String> documents, List<String> jurisdictions, List<String> units) {
        try {
            return Scope.of(catalog, documents, jurisdictions, units);
        } catch (ScopeException e) {
            List<ApiProblem.Fault> faults = e.problems().stream()
                    .map(p -> ApiProblem.Fault.of(p.field(), "unknown-" + p.field(), p.message())).toList();
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-scope", "范围有误", faults);
        }
    }
}
