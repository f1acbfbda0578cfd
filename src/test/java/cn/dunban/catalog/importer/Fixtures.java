package cn.dunban.catalog.importer;

import java.util.List;

import cn.dunban.catalog.Target;

/** Small documents for the importer's unit tests: one numbered task around the clause under test. */
final class Fixtures {

    static final String CODE = "TEST2023";

    private Fixtures() {
    }

    /** The import of a whole document text for 测试市, 2023. */
    static ImportResult read(String document) {
        return new DocumentImporter().read(document, CODE, "测试市", 2023);
    }

    /** The targets drafted from one task whose body is {@code body}. */
    static List<Target> targets(String body) {
        return read(task(body)).catalog().targets();
    }

    /** The single target drafted from {@code body}; fails unless there is exactly one. */
    static Target only(String body) {
        List<Target> ts = targets(body);
        if (ts.size() != 1) {
            throw new AssertionError("expected one target from “" + body + "”, got " + ts.size() + ": "
                    + ts.stream().map(t -> t.comparator() + " " + t.value() + t.unit() + " 〈" + t.text() + "〉").toList());
        }
        return ts.get(0);
    }

    /** The review lines of one task whose body is {@code body}. */
    static List<ReviewLine> review(String body) {
        return read(task(body)).review();
    }

    static String task(String body) {
        return "一、测试部分\n\n1. 测试任务。" + body + "（牵头单位：市测试局）\n";
    }
}
