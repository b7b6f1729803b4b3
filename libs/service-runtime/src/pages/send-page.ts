import type { Response } from 'express';

/** Only the service's own stylesheet; no script at all, no frames, no foreign form targets. */
export const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const PAGE_HEADERS: [string, string][] = [
  ['Content-Type', 'text/html; charset=utf-8'],
  ['Content-Security-Policy', PAGE_CSP],
  ['Cache-Control', 'no-store'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
];

/** Sends a server-rendered page with the headers every Harbour page carries. */
export function sendPage(response: Response, status: number, html: string): void {
  for (const [name, value] of PAGE_HEADERS) response.setHeader(name, value);
  response.status(status).send(html);
}
