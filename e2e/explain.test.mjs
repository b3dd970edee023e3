// Explanation journey (issue 11): the coordinator opens the demo's matching run, sees the
// settings that produced it, opens the explanation of a candidate below their best option
// and reads the constraint that binds, with each score component on its scale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

const NAMED = ['higher-total', 'country-quota', 'city-quota', 'company-cap', 'one-per-host', 'locked', 'held-by-lock', 'forbidden'];

test('the coordinator opens an explanation and sees the binding reason', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'coordinator@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/calls`);
    await page.locator('a[href$="/matching"]').first().click();
    await page.waitForURL(/\/matching$/);
    // The demo's run is the oldest (other journeys may add runs).
    await page.locator('table a[href^="/matching-runs/"]').last().click();
    await page.waitForURL(/\/matching-runs\//);

    const settings = page.locator('#run-settings');
    assert.equal(await settings.getAttribute('data-spread'), 'true');
    // The demo company's four candidates, locked before the run (demo::matching).
    assert.equal(await settings.getAttribute('data-locks'), '4');

    // A candidate below their best option: the explanation names what binds.
    const row = page.locator('#pairs tbody tr[data-reason]').first();
    const reason = await row.getAttribute('data-reason');
    assert.ok(NAMED.includes(reason), `a named binding reason, not "${reason}"`);
    await row.locator('details.explain summary').click();
    const why = row.locator(`details.explain [data-why="${reason}"]`);
    assert.ok(await why.isVisible(), 'the reason is shown once the explanation opens');
    assert.ok((await why.textContent()).trim().length > 20);

    // Each component on its scale: the occupation's maximum is its weight × 100.
    const occupation = row.locator('[data-component="occupation"]');
    assert.equal(await occupation.getAttribute('data-max'), '4000');
    const value = Number(await occupation.getAttribute('data-value'));
    assert.ok(value >= 0 && value <= 4000);

    // The first round of one trainee per host binds some candidates in the demo.
    assert.ok(await page.locator('#pairs tbody tr[data-reason="one-per-host"]').count() >= 1);
  } finally {
    await browser.close();
  }
});
