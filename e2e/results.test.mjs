// Results (issue 16): the evaluator opens Results in Italian, opens an indicator and
// follows it to the records behind its figure, where nobody is named, then downloads the
// outcome table as XLSX and the IATI file from the programme's page; the coordinator
// opens a reporting period and submits it after confirming, and finds it frozen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, launch, signIn } from './browser.mjs';

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return readFileSync(await file.path());
}

/** Sets the signed-in person's own language; returns the one before. */
async function ownLanguage(page, value) {
  await page.goto(`${BASE}/account`);
  const was = await page.locator('#locale').inputValue();
  await page.locator('#locale').selectOption(value);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/account'),
    page.locator('form[action="/account"] button[type=submit]').click(),
  ]);
  await page.waitForLoadState('load');
  return was;
}

test('the evaluator opens Results in Italian and follows an indicator to its records, without names', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'evaluator@demo.example');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    const before = await ownLanguage(page, 'it');
    try {
      await page.goto(`${BASE}/`);
      await page.locator('nav a[href="/results"]').first().click();
      await page.waitForURL(`${BASE}/results`);
      assert.equal(await page.locator('html').getAttribute('lang'), 'it');
      assert.equal((await page.locator('main h1').textContent()).trim(), 'Risultati');
      await page.locator('[data-results-programmes] a').first().click();
      await page.waitForURL(/\/results\/[0-9a-f-]+$/);
      const programme = page.url();
      const row = page.locator('tr[data-indicator="OS1.I1"]');
      assert.match(await row.locator('td[data-current]').textContent(), /\d/);
      await row.locator('a').first().click();
      await page.waitForURL(/\/indicators\/[0-9a-f-]+$/);
      await page.locator('[data-breakdowns] table').first().waitFor();
      assert.match(await page.locator('[data-rule] p').first().textContent(), /abbinamento accettato/);
      await page.locator('a[data-records-link]').click();
      await page.waitForURL(/\/records$/);
      const records = await page.locator('tr[data-record]').count();
      assert.ok(records > 0, 'the records behind the figure');
      assert.equal(await page.locator('[data-identity]').count(), 0, 'no identity column');
      const text = await page.locator('main').textContent();
      assert.ok(!/MC-\d/.test(text), 'no case reference');

      // Back on the programme's page: the outcome table as XLSX, then the IATI file.
      await page.goto(programme);
      await page.locator('a[data-outcomes-link]').click();
      await page.waitForURL(/\/outcomes$/);
      const xlsx = await download(page, 'a[data-download="xlsx"]');
      assert.equal(xlsx.subarray(0, 4).toString('binary'), 'PK\x03\x04', 'an XLSX is a zip archive');
      await page.locator('a[data-iati-page]').click();
      await page.waitForURL(/\/iati$/);
      const xml = (await download(page, 'a[data-download="iati"]')).toString('utf8');
      assert.match(xml, /<iati-activities version="2\.03"/);
      assert.match(xml, /<result type="[123]"/, 'the logframe as IATI results');
    } finally {
      await ownLanguage(page, before);
    }
  } finally {
    await browser.close();
  }
});

test('the coordinator opens a period and submits it after confirming', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'coordinator@demo.example');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${BASE}/results`);
    await page.locator('[data-results-programmes] a').first().click();
    await page.waitForURL(/\/results\/[0-9a-f-]+$/);
    await page.locator(`main a[href$="/periods"]`).first().click();
    await page.waitForURL(/\/periods$/);
    // The demo's 2022 and 2023 are frozen.
    assert.ok((await page.locator('section[data-period][data-submitted]').count()) >= 2);
    const label = `Journey ${Date.now().toString(36)}`;
    await page.locator('form[data-period-form] #label').fill(label);
    await page.locator('form[data-period-form] #starts_on').fill('2025-01-01');
    await page.locator('form[data-period-form] #ends_on').fill('2025-12-31');
    await page.locator('form[data-period-form] button[type=submit]').click();
    await page.locator('[data-flash="flash-results-period-created"]').waitFor();
    const section = page.locator('section[data-period]', { hasText: label });
    await section.locator('form[data-submit-form] button[type=submit]').click();
    // Asked first, on a page of its own.
    await page.locator('form[data-confirm="results-submit"]').waitFor();
    await page.locator('form[data-confirm="results-submit"] button[type=submit]').click();
    await page.locator('[data-flash="flash-results-period-submitted"]').waitFor();
    const frozen = page.locator('section[data-period][data-submitted]', { hasText: label });
    assert.equal(await frozen.count(), 1);
    assert.equal(await frozen.locator('form[data-submit-form]').count(), 0, 'no more submitting');
  } finally {
    await browser.close();
  }
});
