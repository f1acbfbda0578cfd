package cn.dunban.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Reads {@code DUNBAN_USERS}: entries {@code name:password:ROLE} or {@code name:password:UNIT:单位名称}
 * separated by {@code ;}. A unit name may be narrowed to one jurisdiction as {@code 单位名称@辖区}
 * ({@code 市发展改革委@济宁市}), since several cities have a unit of that name. Passwords are hashed as
 * they are read and the plain text is not kept. A password may itself contain {@code :}; a name may not.
 */
public final class Users {

    /** Started with {@code --demo}: these users and passwords are documented, so never use them in production. */
    public static final String DEMO = "officer:officer-demo:OFFICER;policy:policy-demo:POLICY;"
            + "jnfgw:jnfgw-demo:UNIT:市发展改革委@济宁市;hzzjj:hzzjj-demo:UNIT:市住房城乡建设局@菏泽市";

    private static final Pattern ROLE_ENTRY = Pattern.compile("([^:]+):(.+):(OFFICER|POLICY)");
    private static final Pattern UNIT_ENTRY = Pattern.compile("([^:]+):(.+):UNIT:([^:]+)");

    private Users() {
    }

    /** Every account; throws {@link IllegalArgumentException} naming the entries (not the passwords) at fault. */
    static List<Account> parse(String spec, PasswordEncoder encoder) {
        Map<String, Account> accounts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] entries = spec == null ? new String[0] : spec.split(";");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            String name = entry.contains(":") ? entry.substring(0, entry.indexOf(':')).strip() : entry;
            Matcher unit = UNIT_ENTRY.matcher(entry);
            Matcher role = ROLE_ENTRY.matcher(entry);
            Account a;
            if (unit.matches()) {
                String[] where = unit.group(3).strip().split("@", 2);
                a = new Account(unit.group(1).strip(), encoder.encode(unit.group(2)), Role.UNIT, where[0].strip(),
                        where.length > 1 && !where[1].isBlank() ? where[1].strip() : null);
            } else if (role.matches()) {
                a = new Account(role.group(1).strip(), encoder.encode(role.group(2)), Role.valueOf(role.group(3)), null,
                        null);
            } else {
                problems.add("第" + (i + 1) + "项（用户“" + name + "”）应为 name:password:OFFICER|POLICY 或 "
                        + "name:password:UNIT:单位名称");
                continue;
            }
            if (accounts.putIfAbsent(a.username(), a) != null) {
                problems.add("第" + (i + 1) + "项：用户“" + a.username() + "”重复");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("DUNBAN_USERS 有误: " + String.join("; ", problems));
        }
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("DUNBAN_USERS 中没有用户");
        }
        return List.copyOf(accounts.values());
    }
}
