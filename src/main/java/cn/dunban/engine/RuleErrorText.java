package cn.dunban.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule compiler's messages (MVEL and the Java compiler, in English) as a policy officer can act on them,
 * in Chinese: which field, function, fact type or variable is unknown, what is available instead, and what
 * type did not fit. {@link #token} is the word to look for when the compiler gave no line, so the error can
 * be placed where the word is written (in the rule file, or in the vocabulary that the sentence expands to).
 */
final class RuleErrorText {

    /** A translated message and the word it is about (null when there is none to look for). */
    record Text(String message, String token) {
    }

    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNKNOWN_METHOD = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(([^)]*)\\)");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined");
    private static final Pattern NO_VARIABLE = Pattern.compile("(\\S+) cannot be resolved(?: to a variable)?");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern MISMATCH = Pattern.compile("Type mismatch: cannot convert from (\\S+) to (\\S+)");
    private static final Pattern COMPARE = Pattern.compile("Comparison operation requires compatible types\\. Found (\\S+) and (\\S+)");
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "The method (\\w+)\\(([^)]*)\\) in the type (\\w+) is not applicable for the arguments \\(([^)]*)\\)");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.*?):\\s*\\[Error");

    private RuleErrorText() {
    }

    static Text translate(String english) {
        Matcher m = UNKNOWN_FIELD.matcher(english);
        if (m.find()) {
            String type = simple(m.group(1));
            return new Text("未知字段“" + m.group(2) + "”（" + type + " 可用字段：" + fields(m.group(1)) + "）"
                    + expression(english), m.group(2));
        }
        m = UNKNOWN_METHOD.matcher(english);
        if (m.find()) {
            return new Text("未知函数或字段“" + m.group(2) + "(" + m.group(3) + ")”（" + simple(m.group(1)) + " 可用字段："
                    + fields(m.group(1)) + "）" + expression(english), m.group(2));
        }
        m = NOT_APPLICABLE.matcher(english);
        if (m.find()) {
            return new Text("函数“" + m.group(1) + "”的参数类型不符：应为 (" + m.group(2) + ")，写的是 (" + m.group(4) + ")",
                    m.group(1));
        }
        m = UNDEFINED_METHOD.matcher(english);
        if (m.find()) {
            return new Text("未知函数“" + m.group(1) + "”（参数 " + m.group(2) + "）：函数名写错了，或规则文件缺少"
                    + " import function cn.dunban.vocabulary.RuleFunctions." + m.group(1) + "（或 Wording." + m.group(1) + "）",
                    m.group(1));
        }
        m = OBJECT_TYPE.matcher(english);
        if (m.find()) {
            return new Text("未知的事实类型“" + m.group(1) + "”：类型名写错了，或规则文件缺少 import", m.group(1));
        }
        m = MISMATCH.matcher(english);
        if (m.find()) {
            return new Text("类型不符：" + m.group(1) + " 不能当作 " + m.group(2) + " 使用", null);
        }
        m = COMPARE.matcher(english);
        if (m.find()) {
            return new Text("类型不符：" + m.group(1) + " 和 " + m.group(2) + " 不能比较" + expression(english), null);
        }
        if (english.contains("is not a valid identifier") || english.contains("Duplicate declaration")) {
            m = Pattern.compile("(?:variable|declaration for variable) '?\\$?(\\w+)").matcher(english);
            String v = m.find() ? m.group(1) : "";
            return new Text("变量“$" + v + "”重复定义：同一条规则的两个条件用了同一个名字", v.isEmpty() ? null : "$" + v);
        }
        m = NO_VARIABLE.matcher(english);
        if (m.find() && !english.contains("strict-mode")) {
            return new Text("未知变量或名称“" + m.group(1) + "”：写错了，或它所在的条件没有把它取出来（$名称 : 字段）", m.group(1));
        }
        if (english.contains("Unable to expand")) {
            return new Text("句子不在用语（.dsl）中", null);
        }
        if (english.contains("mismatched input") || english.contains("extraneous input")
                || english.contains("no viable alternative") || english.contains("missing ")) {
            return new Text("写法有误（括号、引号或关键字不配对）：" + english, null);
        }
        return new Text(english, null);
    }

    private static String expression(String english) {
        Matcher m = EXPRESSION.matcher(english);
        return m.find() ? "；条件：" + m.group(1).strip() : "";
    }

    private static String simple(String className) {
        return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
    }

    /** What a rule can read of a fact type: its record components and bean properties, in name order. */
    static String fields(String className) {
        Class<?> c;
        try {
            c = Class.forName(className, false, RuleErrorText.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return "（无法列出）";
        }
        TreeSet<String> names = new TreeSet<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                names.add(rc.getName());
            }
        }
        for (Method m : c.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
                    || m.getName().equals("hashCode") || m.getName().equals("toString")) {
                continue;
            }
            String n = m.getName();
            if (n.startsWith("get") && n.length() > 3) {
                names.add(decapitalize(n.substring(3)));
            } else if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class)) {
                names.add(decapitalize(n.substring(2)));
            }
        }
        names.remove("class");
        return names.isEmpty() ? "无" : String.join("、", new ArrayList<>(names));
    }

    private static String decapitalize(String s) {
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
