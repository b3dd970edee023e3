// Company journey: the company's HR person completes the hosting checklist, publishes a
// position (submits it to the promoter), and cannot open another company's position by
// changing the address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

async function anotherCompanysPosition(browser) {
  const page = await browser.context.newPage();
  await signIn(page, 'coordinator@demo.example');
  await page.waitForURL(`${BASE}/`);
  await page.goto(`${BASE}/positions?status=open`);
  const rows = page.locator('#position-table tbody tr');
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const company = await rows.nth(i).locator('td').nth(1).textContent();
    if (!company.includes('Navigli Software')) {
      const href = await rows.nth(i).locator('a').first().getAttribute('href');
      await page.locator('form[action="/logout"] button').click();
      return href;
    }
  }
  throw new Error('no position of another company found');
}

test('a company completes its checklist, publishes a position and cannot see another company', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const foreign = await anotherCompanysPosition(browser);
    const page = await browser.context.newPage();
    await signIn(page, 'company@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.locator('footer button[value="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    await page.locator('header nav').getByRole('link', { name: 'Companies' }).click();
    await page.getByRole('link', { name: 'Navigli Software Srl' }).click();
    await page.getByRole('link', { name: 'Complete the checklist' }).click();
    for (const fieldset of await page.locator('fieldset').all()) {
      await fieldset.getByLabel('Yes').check();
    }
    await page.getByRole('button', { name: 'Save the checklist' }).click();
    await page.waitForSelector('#eligibility');
    assert.match(await page.locator('#eligibility').textContent(), /every condition is met/);

    await page.getByRole('link', { name: 'New position' }).click();
    await page.getByLabel('Title').fill('Junior data analyst');
    // The occupation field suggests ESCO occupations while typing (htmx fills a datalist).
    const occupation = page.getByLabel('Occupation (ESCO)');
    await occupation.pressSequentially('data an', { delay: 30 });
    await page.locator('#occupation-options option[value="data analyst"]').waitFor({ state: 'attached' });
    await occupation.fill('data analyst');
    await page.getByLabel('ISCO-08 group code').fill('2511');
    await page.locator('#starts_on').fill('2023-09-01');
    await page.getByLabel('Monthly allowance (EUR, gross)').fill('700');
    await page.getByLabel('Company tutor').fill('Laura Colombo');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForSelector('#position-status');
    assert.equal((await page.locator('#position-status').textContent()).trim(), 'Draft');
    assert.match(await page.locator('#position-occupation').textContent(), /data analyst \(ISCO 2511\) · ESCO entry/);
    await page.getByRole('button', { name: 'Submit to the promoter' }).click();
    await page.waitForFunction(() => document.querySelector('#position-status')?.textContent.includes('Submitted'));
    assert.equal(await page.getByRole('button', { name: 'Approve' }).count(), 0, 'a company cannot approve itself');

    const response = await page.goto(`${BASE}${foreign}`);
    assert.equal(response.status(), 404);
    assert.equal(await page.locator('#position-status').count(), 0, 'nothing of the other position is shown');
  } finally {
    await browser.close();
  }
});
