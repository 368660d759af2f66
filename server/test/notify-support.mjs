// Shared by the notification tests: a real webhook endpoint on 127.0.0.1 that checks the HMAC
// itself and answers what it is told to, a real SMTP server (smtp-server) that keeps what
// arrived (parsed by mailparser), and waiting for a condition.
import { createServer } from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export const SECRET = 'test-webhook-secret-0123456789abcdef';
export const SMTP_USER = 'digione';
export const SMTP_PASSWORD = 'smtp-password';

/** The receiver's side of the contract, as the README tells a webhook's owner to check it. */
export function verifySignature(secret, headers, body) {
  const timestamp = headers['x-digione-timestamp'];
  const signature = String(headers['x-digione-signature'] ?? '');
  if (!/^\d+$/.test(timestamp ?? '') || Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A webhook endpoint: records every request (headers, body, whether its signature is right) and
 * answers with the next status of `answers` (then 200).
 * @param {{ answers?: number[], port?: number }} [options]
 */
export async function webhookEndpoint({ answers = [], port = 0 } = {}) {
  const queue = [...answers];
  const requests = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const status = queue.shift() ?? 200;
      requests.push({ headers: request.headers, body, json: JSON.parse(body), verified: verifySignature(SECRET, request.headers, body), status });
      response.writeHead(status, { 'Content-Type': 'text/plain', Connection: 'close' }).end(status === 200 ? 'ok' : 'no');
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hooks/digione?token=abc`,
    port: server.address().port,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A port nothing listens on (taken from the system, then let go). */
export async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An SMTP server in this process that wants AUTH PLAIN/LOGIN and keeps each message, parsed. */
export async function smtpServer() {
  const messages = [];
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({ mail, envelope: session.envelope });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address();
  return {
    url: `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}`,
    messages,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Waits until `check()` answers something truthy (checked every 20 ms), or fails after `ms`. */
export async function until(check, ms = 5000, what = 'the condition') {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The notifier's timing in tests: retries after 50 ms, two of them (three attempts in all). */
export const FAST = { backoffMs: [50, 50], pollMs: 20, timeoutMs: 2000, leaseMs: 60_000 };
