package org.kiosque.newsletter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.MailSeal;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;
import org.springframework.stereotype.Component;

/**
 * Signs outgoing newsletter mail with DKIM ({@code kiosque.newsletter.dkim.*}) when a key
 * is configured, as it leaves (a signed copy that keeps the Message-ID); otherwise leaves
 * messages as they are.
 */
@Component
class DkimSeal implements MailSeal {

	private final NewsletterSettings.Dkim settings;

	private final @Nullable RSAPrivateKey key;

	DkimSeal(NewsletterSettings settings) {
		this.settings = settings.dkim();
		this.key = this.settings.enabled() ? load(Path.of(this.settings.privateKey())) : null;
	}

	boolean enabled() {
		return key != null;
	}

	@Override
	public MimeMessage seal(MimeMessage message) throws MessagingException {
		if (key == null) {
			return message;
		}
		DkimSigner signer;
		try {
			signer = new DkimSigner(settings.domain(), settings.selector(), key);
			signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
		}
		catch (org.simplejavamail.utils.mail.dkim.DkimException e) {
			throw new MessagingException("DKIM signer", e);
		}
		signer.setCheckDomainKey(false);
		signer.setHeaderCanonicalization(Canonicalization.RELAXED);
		signer.setBodyCanonicalization(Canonicalization.RELAXED);
		for (String header : new String[] { "List-Unsubscribe", "List-Unsubscribe-Post" }) {
			signer.addHeaderToSign(header);
		}
		return new DkimMessage(message, signer) {
			@Override
			protected void updateMessageID() throws MessagingException {
				// The Message-ID is chosen per (edition, subscriber); JavaMail must not
				// replace it.
				if (getHeader("Message-ID") == null) {
					super.updateMessageID();
				}
			}
		};
	}

	static RSAPrivateKey load(Path pem) {
		try {
			String text = Files.readString(pem);
			String base64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
			return (RSAPrivateKey) KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalStateException("kiosque.newsletter.dkim.private-key: cannot read a PKCS#8 RSA key from "
					+ pem + " (" + e.getMessage() + ")", e);
		}
	}

}
