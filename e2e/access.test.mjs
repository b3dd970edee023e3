// Getting in (issue 12): a person who forgot their password asks for a link from the
// sign-in page, finds it in the mail (the demo writes mail to outbox.log in its data
// folder), chooses a new password and signs in with it — then puts the old one back, so
// that later journeys can sign in as usual.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, PASSWORD, launch, mailToken, mailTokens, signIn } from './browser.mjs';

const WHO = 'business.to@demo.example';

/// The newest reset link in the demo's mail.
const LINK = /\/password\/reset\?t=([0-9a-f]{64})/;
const newestLink = (seen) => mailToken(LINK, seen, WHO);

async function reset(page, seen, password) {
  seen.push(...mailTokens(LINK, WHO));
  await page.goto(`${BASE}/login`);
  await page.locator('a[data-forgot]').click();
  await page.locator('input[name=email]').fill(WHO);
  await page.locator('form[action="/password/forgot"] button[type=submit]').click();
  await page.locator('[data-reset-asked]').waitFor();
  const token = await newestLink(seen);
  seen.push(token);
  await page.goto(`${BASE}/password/reset?t=${token}`);
  await page.locator('input[name=password]').fill(password);
  await page.locator('form[action="/password/reset"] button[type=submit]').click();
  await page.waitForURL(`${BASE}/login`);
  await page.locator('[data-flash="flash-password-reset"]').waitFor();
  return token;
}

test('a forgotten password is reset by e-mail, once', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const seen = [];
    const fresh = 'a brand new password for the journey';
    const used = await reset(page, seen, fresh);

    await signIn(page, WHO, fresh);
    await page.waitForURL(`${BASE}/`);

    // The link worked once: opening it again says it is dead.
    const again = await page.goto(`${BASE}/password/reset?t=${used}`);
    assert.equal(again.status(), 410);

    // Put the demo password back for the journeys that follow.
    await page.context().clearCookies();
    await reset(page, seen, PASSWORD);
    await signIn(page, WHO, PASSWORD);
    await page.waitForURL(`${BASE}/`);
  } finally {
    await browser.close();
  }
});
