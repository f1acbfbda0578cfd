package cn.dunban.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.facts.FactsTree;
import cn.dunban.input.InputError;
import cn.dunban.input.InputException;

/**
 * Facts files of every kind a user has: a JSON facts document, a filled ledger (.xlsx) or a ledger saved
 * as CSV, told apart by name and content. Several files read as one document (their lists added up), with
 * every error of every file reported at once.
 */
public final class FactsFiles {

    private FactsFiles() {
    }

    /** What kind of file {@code bytes} is: {@code xlsx}, {@code csv} or {@code json}. */
    public static String kind(byte[] bytes, String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        boolean zip = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
        boolean ole = bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF;
        if (zip || ole || n.endsWith(".xlsx") || n.endsWith(".xls")) {
            return "xlsx";
        }
        return n.endsWith(".csv") ? "csv" : "json";
    }

    /** The tree of one file. */
    public static FactsTree tree(byte[] bytes, String name) {
        return switch (kind(bytes, name)) {
            case "xlsx" -> LedgerReader.workbook(bytes, name);
            case "csv" -> LedgerReader.csv(bytes, name);
            default -> FactsReader.tree(bytes, name);
        };
    }

    /** One file's facts. */
    public static Facts read(FactsReader reader, byte[] bytes, String name) {
        return tree(bytes, name).readWith(reader);
    }

    /** The facts of several files read as one document; every error of every file at once. */
    public static Facts read(FactsReader reader, List<Path> files) {
        List<FactsTree> trees = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                trees.add(tree(Files.readAllBytes(f), f.toString()));
            } catch (NoSuchFileException e) {
                errors.add(new InputError(f.toString(), 0, 0, "", "file-not-found", "文件不存在"));
            } catch (IOException e) {
                errors.add(new InputError(f.toString(), 0, 0, "", "io", "无法读取: " + e.getMessage()));
            } catch (InputException e) {
                errors.addAll(e.errors());
            }
        }
        if (trees.isEmpty()) {
            throw new InputException(errors);
        }
        try {
            Facts facts = FactsTree.merge(trees).readWith(reader);
            if (errors.isEmpty()) {
                return facts;
            }
        } catch (InputException e) {
            errors.addAll(e.errors());
        }
        throw new InputException(errors);
    }
}
