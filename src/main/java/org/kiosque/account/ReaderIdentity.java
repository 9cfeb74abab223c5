package org.kiosque.account;

/** The signed-in person, as other features may know them. */
public record ReaderIdentity(long id, String email, String displayName, Role role) {
}
