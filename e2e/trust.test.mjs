// Trust journeys (issue 10): a person makes an API token on their account page, sees its
// secret once, uses it, and revokes it — after which the API refuses it; and the Arabic
// tokens page keeps the secret left to right on a phone-sized screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

async function apiStatus(token) {
  const res = await fetch(`${BASE}/api/v1/programmes`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return res.status;
}

test('a person makes, uses and revokes an API token', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'promoter@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/account/tokens`);

    const name = `journey ${Date.now()}`;
    await page.locator('form[action="/account/tokens"] input[name=name]').fill(name);
    await page.locator('form[action="/account/tokens"] input[name=days]').fill('7');
    await page.locator('form[action="/account/tokens"] button[type=submit]').click();

    // The secret is shown once, in a field to copy from, and works at once.
    const secret = await page.locator('[data-token-secret]').inputValue();
    assert.ok(secret.length > 20, 'a secret is shown');
    assert.equal(await apiStatus(secret), 200);

    // The list names it, never shows the secret again.
    await page.goto(`${BASE}/account/tokens`);
    const row = page.locator('tr[data-token]', { hasText: name });
    assert.equal(await row.count(), 1);
    assert.equal(await row.getAttribute('data-state'), 'active');
    assert.ok(!(await page.content()).includes(secret), 'the secret is not shown again');

    // Revoking asks first, then says it is done; the token no longer opens the API.
    await row.getByRole('link').click();
    await page.locator('form[data-confirm-revoke] button[type=submit]').click();
    await page.locator('[data-notice="revoked"]').waitFor();
    assert.equal(await page.locator('tr[data-token]', { hasText: name }).count(), 0);
    assert.equal(await apiStatus(secret), 401);
  } finally {
    await browser.close();
  }
});

test('the Arabic tokens page fits a phone and keeps the secret left to right', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, 'mediator@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/account/tokens?lang=ar`);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    await page.locator('form[action="/account/tokens"] input[name=name]').fill('هاتف');
    await page.locator('form[action="/account/tokens"] button[type=submit]').click();
    const secret = page.locator('[data-token-secret]');
    await secret.waitFor();
    assert.equal(await secret.evaluate((e) => getComputedStyle(e).direction), 'ltr');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 360px`);
    if (process.env.MENTOR_SCREENSHOTS) await page.screenshot({ path: `${process.env.MENTOR_SCREENSHOTS}/tokens-ar.png`, fullPage: true });
  } finally {
    await browser.close();
  }
});
