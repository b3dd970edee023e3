// Foundation journey: sign in as the coordinator, switch through the four languages,
// check that Arabic is right-to-left, sign out; a wrong password shows an error and
// starts no session; a visitor reads a public call in Arabic and the choice stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn, sessionCookie } from './browser.mjs';

test('a wrong password shows an error and starts no session', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'coordinator@demo.example', 'certainly not the password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /password|mot de passe|password|كلمة/i);
    assert.equal(await sessionCookie(browser.context), undefined);
    assert.match(page.url(), /\/login$/);
  } finally {
    await browser.close();
  }
});

test('the coordinator signs in, switches languages and signs out', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'coordinator@demo.example');
    await page.waitForURL(`${BASE}/`);
    assert.ok(await sessionCookie(browser.context), 'a session cookie is set');
    // The home page shows the figures a coordinator acts on: the demo's 36 hosting companies.
    const hosting = await page.locator('[data-figure="hosting"] .figure').textContent();
    assert.equal(hosting.trim(), '36');

    const expected = { it: 'Cruscotto', fr: 'Tableau de bord', en: 'Dashboard', ar: null };
    for (const lang of ['it', 'fr', 'en', 'ar']) {
      await page.locator(`footer button[value="${lang}"]`).click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      const dir = await page.evaluate(() => document.documentElement.dir);
      assert.equal(dir, lang === 'ar' ? 'rtl' : 'ltr', `direction for ${lang}`);
      const heading = await page.locator('h1').textContent();
      if (expected[lang]) assert.equal(heading.trim(), expected[lang]);
      else assert.match(heading, /[\u0600-\u06FF]/, 'the Arabic page speaks Arabic');
    }
    // Laid out right to left, not just marked so: the menu starts at the right edge.
    const computed = await page.evaluate(() => getComputedStyle(document.body).direction);
    assert.equal(computed, 'rtl');
    if (process.env.MENTOR_SCREENSHOTS) await page.screenshot({ path: `${process.env.MENTOR_SCREENSHOTS}/dashboard-ar.png`, fullPage: true });

    await page.locator('form[action="/logout"] button').click();
    await page.waitForURL(/\/login/);
    assert.equal(await sessionCookie(browser.context), undefined, 'the session cookie is gone');
    await page.goto(`${BASE}/account`);
    assert.match(page.url(), /\/login\?next=/, 'the account needs signing in again');
    // The root is the public home again: the open calls and the way in, no one's work.
    await page.goto(`${BASE}/`);
    assert.equal(await page.locator('[data-open-calls]').count(), 1);
    assert.equal(await page.locator('[data-task]').count(), 0);
  } finally {
    await browser.close();
  }
});

test('a visitor reads an open call in Arabic, and the language stays chosen', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${BASE}/open-calls`);
    await page.locator('[data-call] a').first().click();
    await page.waitForURL(/\/open-calls\/[0-9a-f-]+$/);
    // The page is the same for every visitor (kept for them all): no token in it, and the
    // languages are links.
    assert.equal(await page.locator('input[name="csrf"]').count(), 0);
    await page.locator('footer a[hreflang="ar"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await page.locator('footer a[aria-current="true"]').getAttribute('hreflang'), 'ar');
    // Chosen once, remembered: the open calls come in Arabic without asking again.
    await page.goto(`${BASE}/open-calls`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
    assert.match(await page.locator('h1').textContent(), /[\u0600-\u06FF]/);
  } finally {
    await browser.close();
  }
});
