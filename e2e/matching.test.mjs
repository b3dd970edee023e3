// Matching journey: the company answers its proposals (declines one, on the proposal's
// page, confirmed with a reason; accepts one); the
// coordinator runs matching again, opens an explanation, locks a pair, re-runs and
// approves — the declined candidate is proposed elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

async function english(page) {
  await page.locator('footer button[value="en"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

test('a company answers its proposals and the coordinator re-matches and approves', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const company = await browser.context.newPage();
    await signIn(company, 'company@demo.example');
    await company.waitForURL(`${BASE}/`);
    await english(company);
    await company.locator('header nav').getByRole('link', { name: 'Placements' }).click();
    const open = () => company.locator('#placements tbody tr', { has: company.getByRole('button', { name: 'Accept' }) });
    assert.ok(await open().count() >= 2, 'the company has two proposals to answer');
    await open().first().getByRole('link', { name: 'Open the proposal' }).click();
    await company.locator('button[data-action="decline"]').click();
    await company.locator('form[data-confirm="decline-placement"] textarea[name=reason]').fill('The profile does not fit the workshop.');
    await company.locator('form[data-confirm="decline-placement"] button[type=submit]').click();
    await company.locator('[data-flash="flash-placement-declined"]').waitFor();
    await company.goto(`${BASE}/placements`);
    const pending = company.locator('#placements tbody tr', { has: company.getByRole('button', { name: 'Accept' }) });
    await pending.first().getByRole('button', { name: 'Accept' }).click();
    // Accepting is final: it is confirmed on its own page first.
    await company.locator('form[data-confirm="accept-placement"] button[type=submit]').click();
    await company.locator('[data-flash="flash-placement-accepted"]').waitFor();
    const statuses = await company.locator('#placements .placement-status').allTextContents();
    assert.ok(statuses.some((s) => s.includes('Accepted by the company')), statuses.join('|'));
    assert.ok(statuses.some((s) => s.includes('Declined by the company')));
    await company.locator('form[action="/logout"] button').click();
    // Closing the only tab of a headless browser can leave it unable to open another:
    // keep the tab and sign in again on it.
    const page = company;
    await signIn(page, 'coordinator@demo.example');
    await page.waitForURL(`${BASE}/`);
    await english(page);
    await page.goto(`${BASE}/calls`);
    await page.getByRole('link', { name: 'Matching' }).first().click();
    await page.getByRole('button', { name: 'Run matching' }).click();
    await page.waitForURL(/\/matching-runs\//);
    const pairs = page.locator('#pairs tbody tr');
    assert.ok(await pairs.count() >= 1, 'the declined candidate is matched elsewhere');
    await pairs.first().locator('summary').click();
    assert.ok(await pairs.first().locator('details.explain').evaluate((d) => d.open));
    assert.match(await pairs.first().locator('details.explain').textContent(), /Occupation/);
    await pairs.first().getByRole('button', { name: 'Lock this pair' }).click();
    await page.waitForURL(/\/matching$/);
    await page.getByRole('button', { name: 'Run matching' }).click();
    await page.waitForURL(/\/matching-runs\//);
    assert.match(await page.locator('#pairs').textContent(), /locked/);
    await page.getByRole('button', { name: 'Approve and propose to the companies' }).click();
    // Proposing is final: it is confirmed on its own page first.
    await page.locator('form[data-confirm="approve-run"] button[type=submit]').click();
    await page.waitForURL(/\/placements/);
    assert.match(await page.getByRole('status').first().textContent(), /proposed/);
  } finally {
    await browser.close();
  }
});
