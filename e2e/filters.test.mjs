// The candidate list filtered by a language level (issue 12, item 3): the data filter and
// the interface language never share a parameter. Filtering by "Italian ≥ B1" in French
// leaves the interface in French; switching the interface to Arabic keeps the filter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

async function lang(page) {
  return page.evaluate(() => document.documentElement.lang);
}

test('a language filter keeps the interface language, and switching language keeps the filter', { timeout: 120_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'coordinator@demo.example');
    // The switcher below sets the person's own language; what was there is put back.
    await page.goto(`${BASE}/account`);
    const was = await page.locator('#locale').inputValue();
    await page.goto(`${BASE}/candidates?lang=fr`);
    assert.equal(await lang(page), 'fr');
    const all = Number(await page.locator('[data-total]').getAttribute('data-total'));

    await page.locator('#language').selectOption('it');
    await page.locator('#level').selectOption('B1');
    await Promise.all([
      page.waitForURL(/language=it/),
      page.locator('form.filters button[type=submit]').click(),
    ]);
    assert.equal(await lang(page), 'fr', 'the interface stays in French');
    assert.match(page.url(), /level=B1/);
    assert.doesNotMatch(page.url(), /[?&]lang=/);
    const filtered = Number(await page.locator('[data-total]').getAttribute('data-total'));
    assert.ok(filtered < all, `the filter narrows the list (${filtered} of ${all})`);

    // The interface switches to Arabic; the filter stays.
    await Promise.all([
      page.waitForURL(/language=it/),
      page.locator('form.languages button[value=ar]').click(),
    ]);
    assert.equal(await lang(page), 'ar');
    assert.equal(await page.locator('#language').inputValue(), 'it');
    assert.equal(await page.locator('#level').inputValue(), 'B1');
    assert.equal(Number(await page.locator('[data-total]').getAttribute('data-total')), filtered);

    // Put the coordinator's own language back for the other journeys.
    await page.goto(`${BASE}/account`);
    await page.locator('#locale').selectOption(was);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/account'),
      page.locator('form[action="/account"] button[type=submit]').click(),
    ]);
  } finally {
    await browser.close();
  }
});
