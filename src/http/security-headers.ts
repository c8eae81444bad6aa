/**
 * The security headers of every response (helmet's, with a Content-Security-Policy that lets the
 * self-hosted playground run and nothing load from another host). They depend on nothing in a
 * request, so helmet runs once, at startup, against a recording response, and the HTTP app sets
 * the recorded headers on each reply: the same headers as helmet per request, without its work
 * per request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

const options: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      // The playground's Monaco workers are bundled files served from here; never blob: or another host.
      'worker-src': ["'self'"],
      // Off: it would break the playground when served over plain HTTP on a LAN address.
      'upgrade-insecure-requests': null,
    },
  },
  crossOriginEmbedderPolicy: false,
};

export function securityHeaders(): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let done = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  // helmet is synchronous for static directives; a nonce or a per-request directive would break this.
  if (!done) throw new Error('helmet did not finish synchronously: its options need a request');
  return Object.freeze(headers);
}
