package cn.dunban.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Browsers sign in with a form and a session, protected by CSRF tokens, and land on their role's desk;
 * API clients keep HTTP Basic and get 401 problems, never a redirect to a form.
 */
@ServiceTest
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aBrowserThatHasNotSignedInIsSentToTheForm() throws Exception {
        for (String page : new String[] {"/", "/targets/JN2023-1-1", "/supervision", "/my", "/rules"}) {
            mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void theOldPasteJsonPageIsGone() throws Exception {
        mvc.perform(get("/index.html").with(httpBasic("officer", "o-secret"))).andExpect(status().isNotFound());
    }

    @Test
    void theApiStillAnswers401AndNeverRedirects() throws Exception {
        mvc.perform(get("/api/documents")).andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("需要登录")));
        mvc.perform(get("/api/documents").with(httpBasic("officer", "o-secret"))).andExpect(status().isOk());
    }

    @Test
    void eachRoleLandsOnItsOwnDesk() throws Exception {
        signIn("officer", "o-secret").andExpect(redirectedUrl("/"));
        signIn("policy", "p-secret").andExpect(redirectedUrl("/rules"));
        signIn("kjj", "k-secret").andExpect(redirectedUrl("/my"));
    }

    @Test
    void aWrongPasswordIsRefusedInChineseAndTheNameKept() throws Exception {
        MvcResult r = signIn("officer", "wrong").andExpect(redirectedUrl("/login?error")).andReturn();
        MockHttpSession session = (MockHttpSession) r.getRequest().getSession();
        mvc.perform(get("/login?error").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名或密码不正确")))
                .andExpect(content().string(containsString("value=\"officer\"")));
        signIn("nobody", "wrong").andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aSignInFormWithoutItsTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "officer").param("password", "o-secret"))
                .andExpect(status().isForbidden());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        MockHttpSession session = (MockHttpSession) signIn("officer", "o-secret").andReturn().getRequest()
                .getSession();
        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("督查总览")));
        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").session(session)).andExpect(status().isFound());
    }

    @Test
    void aRoleIsKeptToItsOwnPages() throws Exception {
        MockHttpSession unit = (MockHttpSession) signIn("kjj", "k-secret").andReturn().getRequest().getSession();
        mvc.perform(get("/").session(unit)).andExpect(redirectedUrl("/my"));
        mvc.perform(get("/supervision").session(unit)).andExpect(status().isForbidden());
        mvc.perform(get("/rules").session(unit)).andExpect(status().isForbidden());
        MockHttpSession policy = (MockHttpSession) signIn("policy", "p-secret").andReturn().getRequest().getSession();
        mvc.perform(get("/").session(policy)).andExpect(redirectedUrl("/rules"));
        mvc.perform(get("/my").session(policy)).andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Whitelabel"))));
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String name, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", name).param("password", password));
    }
}
