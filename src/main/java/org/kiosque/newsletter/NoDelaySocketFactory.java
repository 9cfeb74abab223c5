package org.kiosque.newsletter;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * SMTP sockets with Nagle's algorithm off. JavaMail writes a message body and its final
 * {@code CRLF.CRLF} as separate small writes; with Nagle on, the last one waits for the
 * server's delayed ACK (40 ms on Linux), which alone caps a worker at a few dozen
 * messages per second. Named in
 * {@code spring.mail.properties.mail.smtp.socketFactory.class}.
 */
public class NoDelaySocketFactory extends SocketFactory {

	private static final NoDelaySocketFactory INSTANCE = new NoDelaySocketFactory();

	/** JavaMail looks this method up by reflection. */
	public static SocketFactory getDefault() {
		return INSTANCE;
	}

	@Override
	public Socket createSocket() throws IOException {
		return noDelay(new Socket());
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		return noDelay(new Socket(host, port));
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		return noDelay(new Socket(host, port, localHost, localPort));
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return noDelay(new Socket(host, port));
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		return noDelay(new Socket(address, port, localAddress, localPort));
	}

	private static Socket noDelay(Socket socket) throws IOException {
		socket.setTcpNoDelay(true);
		return socket;
	}

}
