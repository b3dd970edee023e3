// Shared set-up for the browser journeys: Debian's Chromium, headless, with a fresh
// profile and no background networking (this machine has no network beyond localhost).
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE = process.env.MENTOR_URL ?? 'http://127.0.0.1:8080';
export const PASSWORD = process.env.MENTOR_DEMO_PASSWORD ?? '';

export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'mentor-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    locale: 'en-GB',
  });
  return {
    context,
    async close() {
      // A wedged browser must not hang the suite: give it ten seconds, then end it.
      const timeout = new Promise((resolve) => setTimeout(resolve, 10_000, 'timeout'));
      if ((await Promise.race([context.close().then(() => 'closed'), timeout])) === 'timeout') {
        try {
          execFileSync('pkill', ['-f', profile]);
        } catch {
          // Nothing left to end.
        }
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function signIn(page, email, password = PASSWORD) {
  await page.goto(`${BASE}/login`);
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('form[action="/login"] button[type=submit]').click();
}

export async function sessionCookie(context) {
  return (await context.cookies()).find((c) => c.name === 'mentor_session');
}

/// The tokens of links matching `pattern` (one capture group) in the demo's mail so far
/// (the demo writes mail to outbox.log in its data folder), to `to` (anyone when empty).
export function mailTokens(pattern, to = '') {
  const log = join(process.env.MENTOR_DATA_DIR ?? '', 'outbox.log');
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split(/^From mentor /m)
    .filter((block) => to === '' || block.includes(`To: ${to}\n`))
    .flatMap((block) => [...block.matchAll(new RegExp(pattern.source, 'g'))].map((m) => m[1]));
}

/// The newest token of `mailTokens(pattern, to)` not in `seen`, waiting for the mail worker
/// (every 5 s). Put the tokens there before the request in `seen`: a demo run twice has old ones.
export async function mailToken(pattern, seen = [], to = '') {
  for (let i = 0; i < 60; i++) {
    const found = mailTokens(pattern, to).filter((t) => !seen.includes(t));
    if (found.length > 0) return found[found.length - 1];
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no mail with ${pattern} arrived`);
}
