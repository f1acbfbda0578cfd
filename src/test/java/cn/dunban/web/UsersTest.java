package cn.dunban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.dunban.catalog.CatalogReader;
import cn.dunban.catalog.Target;

/** {@code DUNBAN_USERS}: entries, roles, units narrowed to a jurisdiction, and hashed passwords. */
class UsersTest {

    /** A stand-in for BCrypt that is fast and still shows the plain text is not what is kept. */
    static final PasswordEncoder REVERSE = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "{rev}" + new StringBuilder(raw).reverse();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encode(raw).equals(encoded);
        }
    };

    @Test
    void readsRolesAndUnits() {
        List<Account> users = Users.parse(" li:pw1:OFFICER ; wang:p:w:2:POLICY;zhang:pw3:UNIT:市科技局@济宁市;zhao:pw4:UNIT:区财政局;",
                REVERSE);
        assertThat(users).extracting(Account::username).containsExactly("li", "wang", "zhang", "zhao");
        assertThat(users.get(0).role()).isEqualTo(Role.OFFICER);
        assertThat(users.get(1).role()).isEqualTo(Role.POLICY);
        assertThat(users.get(1).password()).as("a password may contain ':'").isEqualTo(REVERSE.encode("p:w:2"));
        assertThat(users.get(0).password()).isNotEqualTo("pw1");
        assertThat(users.get(2).unit()).isEqualTo("市科技局");
        assertThat(users.get(2).jurisdiction()).isEqualTo("济宁市");
        assertThat(users.get(3).jurisdiction()).isNull();
    }

    @Test
    void namesTheEntryAtFaultButNotItsPassword() {
        assertThatThrownBy(() -> Users.parse("li:secret-one:ADMIN", REVERSE))
                .hasMessageContaining("li").hasMessageNotContaining("secret-one");
        assertThatThrownBy(() -> Users.parse("li:a:OFFICER;li:b:POLICY", REVERSE)).hasMessageContaining("重复");
        assertThatThrownBy(() -> Users.parse("zhang:pw:UNIT", REVERSE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Users.parse(";", REVERSE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitReportsOnTheTargetsItLeadsInItsJurisdiction() {
        var catalog = CatalogReader.builtIn();
        Target jining = catalog.target("JN2023-1-1").orElseThrow();
        Target heze = catalog.targets().stream().filter(t -> t.document().equals("HZ2023"))
                .filter(t -> t.leadUnits().contains("市科技局")).findFirst().orElseThrow();
        Account narrowed = new Account("zhang", "x", Role.UNIT, "市科技局", "济宁市");
        Account anywhere = new Account("zhang", "x", Role.UNIT, "市科技局", null);
        Account other = new Account("wang", "x", Role.UNIT, "市住房城乡建设局", null);
        assertThat(narrowed.mayReportOn(jining)).isTrue();
        assertThat(narrowed.mayReportOn(heze)).isFalse();
        assertThat(anywhere.mayReportOn(heze)).isTrue();
        assertThat(other.mayReportOn(jining)).isFalse();
        assertThat(new Account("li", "x", Role.OFFICER, null, null).mayReportOn(jining)).isTrue();
        assertThat(new Account("li", "x", Role.POLICY, null, null).mayReportOn(jining)).isFalse();
    }

    @Test
    void theDemoUsersAreWellFormed() {
        assertThat(Users.parse(Users.DEMO, REVERSE)).extracting(Account::role)
                .contains(Role.OFFICER, Role.POLICY, Role.UNIT);
    }
}
