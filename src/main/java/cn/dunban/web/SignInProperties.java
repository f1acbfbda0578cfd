package cn.dunban.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in hardening ({@code dunban.sign-in.*}); every value is a documented default (docs/service.md),
 * not taken from any regulation.
 *
 * @param maxFailuresPerAccount failed sign-ins to one account within {@code window} after which that
 *                              account's sign-ins are refused (429) until the oldest failure is out of the window
 * @param maxFailuresPerAddress the same per client address, whatever account it tries
 * @param window                how far back failures count
 * @param credentialCacheSize   verified API credentials kept so that a request does not pay for BCrypt again
 * @param credentialCacheTtl    how long a verified credential is trusted without BCrypt
 */
@ConfigurationProperties("dunban.sign-in")
public record SignInProperties(@DefaultValue("10") int maxFailuresPerAccount,
        @DefaultValue("50") int maxFailuresPerAddress, @DefaultValue("15m") Duration window,
        @DefaultValue("10000") int credentialCacheSize, @DefaultValue("10m") Duration credentialCacheTtl) {
}
