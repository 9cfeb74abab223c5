package org.kiosque.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class SmtpVerdictTests {

	final MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()));

	@Test
	void aFiveHundredReplyIsPermanent() throws Exception {
		var refused = new SMTPAddressFailedException(new InternetAddress("x@example.test"), "RCPT TO", 550,
				"no such user");
		assertThat(SmtpVerdict.of(new MailSendException(Map.of(message, refused)))).isEqualTo(SmtpVerdict.PERMANENT);
	}

	@Test
	void aFourHundredReplyOrNoServerIsTemporary() throws Exception {
		var busy = new SMTPSendFailedException("DATA", 451, "451 try later", null, null, null, null);
		assertThat(SmtpVerdict.of(new MailSendException(Map.of(message, busy)))).isEqualTo(SmtpVerdict.TEMPORARY);
		var down = new MailSendException("Mail server connection failed",
				new MessagingException("Could not connect", new ConnectException("Connection refused")));
		assertThat(SmtpVerdict.of(down)).isEqualTo(SmtpVerdict.TEMPORARY);
	}

}
