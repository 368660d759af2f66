// The two ways a notification leaves the receiver: a signed webhook POST (fetch) and an email
// through SMTP (nodemailer). Each sender resolves when the other side accepted the message and
// throws otherwise; the worker decides about retries.
import nodemailer from 'nodemailer';
import { DeliveryError, notificationEmail, webhookPayload, webhookSignature } from './message.js';

/** @typedef {import('./message.js').Notice} Notice */
/** @typedef {(notice: Notice, signal: AbortSignal) => Promise<void>} Send */

/**
 * POSTs the JSON with X-DigiOne-Timestamp and X-DigiOne-Signature; a 2xx is delivered, anything
 * else (a redirect too: a POST must not turn into a GET) is a failure.
 * @param {{ url: string, secret: string, personal: boolean }} settings
 * @param {{ base: () => string, timeoutMs: number }} options
 * @returns {{ send: Send, close: () => void }}
 */
export function webhookChannel({ url, secret, personal }, { base, timeoutMs }) {
  return {
    async send(notice, signal) {
      const body = JSON.stringify(webhookPayload(notice, { base: base(), personal }));
      const timestamp = String(Math.floor(Date.now() / 1000));
      const response = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'digione-receiver',
          'X-DigiOne-Delivery': notice.id,
          'X-DigiOne-Timestamp': timestamp,
          'X-DigiOne-Signature': webhookSignature(secret, timestamp, body),
        },
        body,
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      });
      await response.body?.cancel();
      if (response.status < 200 || response.status > 299) throw new DeliveryError(`HTTP ${response.status}`);
    },
    close() {},
  };
}

/**
 * One email per submission to DIGIONE_NOTIFY_EMAIL (notificationEmail: Finnish, no personal data).
 * @param {{ url: string, to: string[], from: string }} settings
 * @param {{ base: () => string, timeoutMs: number }} options
 * @returns {{ send: Send, close: () => void }}
 */
export function emailChannel({ url, to, from }, { base, timeoutMs }) {
  const transport = nodemailer.createTransport({ url, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs * 3 });
  return {
    async send(notice, signal) {
      signal.throwIfAborted();
      const message = notificationEmail(notice, base());
      await transport.sendMail({ from, to, subject: message.subject, text: message.text, html: message.html });
    },
    close: () => transport.close(),
  };
}
