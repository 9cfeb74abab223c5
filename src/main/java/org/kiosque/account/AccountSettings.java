package org.kiosque.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reader accounts: {@code kiosque.account.*}.
 *
 * @param verificationValidity how long the link of the registration (or address change)
 * mail works
 * @param resetValidity how long a password reset link works
 * @param rememberMe how long "remember me" keeps a reader signed in on a device
 * @param minPasswordLength the shortest password accepted
 * @param maxFailures failed sign-ins allowed per account within {@code failureWindow}
 * @param maxFailuresPerAddress failed sign-ins allowed per client address within
 * {@code failureWindow} (raise it when many readers share one address, behind a company
 * NAT)
 * @param failureWindow the sliding window of the sign-in throttle, also how long a lock
 * lasts at most
 * @param mailFrom the sender of account mail (confirmations, resets, notices):
 * {@code address} or {@code Name <address>}; empty for the site's sender
 * ({@code kiosque.mail.from})
 * @param invitationValidity how long the link of an invitation to the newsroom works
 * @param setupCodeValidity how long a first-admin setup code, printed in the log at start
 * while no admin exists, works at most (a restart prints a new one)
 * @param maxSetupFailures wrong setup codes allowed per client address within
 * {@code failureWindow}; ten times as many for the whole node
 * @param browserSetup whether a site without an admin offers to create the first one from
 * the browser, with a setup code printed in the log; {@code false} leaves only the
 * {@code user add} command
 */
@ConfigurationProperties("kiosque.account")
record AccountSettings(@DefaultValue("48h") Duration verificationValidity, @DefaultValue("1h") Duration resetValidity,
		@DefaultValue("30d") Duration rememberMe, @DefaultValue("10") int minPasswordLength,
		@DefaultValue("5") int maxFailures, @DefaultValue("5") int maxFailuresPerAddress,
		@DefaultValue("15m") Duration failureWindow, @DefaultValue("") String mailFrom,
		@DefaultValue("7d") Duration invitationValidity, @DefaultValue("24h") Duration setupCodeValidity,
		@DefaultValue("5") int maxSetupFailures, @DefaultValue("true") boolean browserSetup) {
}
