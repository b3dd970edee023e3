// Shared set-up for the browser journeys: Debian's Chromium, headless, with a fresh
// profile and no background networking (this machine has no network beyond localhost).
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
