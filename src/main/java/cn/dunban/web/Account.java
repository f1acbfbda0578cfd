package cn.dunban.web;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user of the service; {@code password} is a hash. {@code unit} is the reporting unit's name as the
 * catalog writes it in {@code leadUnits}, for {@link Role#UNIT} users only; {@code jurisdiction}, when
 * given, narrows it to that jurisdiction's targets, because the same name (市发展改革委) leads targets in
 * 济宁市 and in 菏泽市.
 */
public record Account(String username, String password, Role role, String unit, String jurisdiction) implements UserDetails {

    /** Whether this account may report on the target: officers on all, a unit on the targets it leads. */
    public boolean mayReportOn(cn.dunban.catalog.Target target) {
        return switch (role) {
            case OFFICER -> true;
            case POLICY -> false;
            case UNIT -> target.leadUnits().contains(unit)
                    && (jurisdiction == null || jurisdiction.equals(target.jurisdiction()));
        };
    }

    /** The unit as written in {@code DUNBAN_USERS}: {@code 市发展改革委@济宁市}. */
    public String unitLabel() {
        return unit == null ? null : jurisdiction == null ? unit : unit + "@" + jurisdiction;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return username + " (" + role + (unit == null ? "" : " " + unitLabel()) + ")";
    }
}
