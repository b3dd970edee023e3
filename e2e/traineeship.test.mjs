// The traineeship's monthly report (issue 14 item 7): the demo company's tutor finds the
// report due in their inbox, files the last month's register on the traineeship's page,
// submits it (confirmed first) and sees the allowance the region's rule gives, with the
// rule's source; then the promoter approves it and the amount is locked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

async function english(page) {
  await page.locator('footer button[value="en"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

test('a company tutor files a monthly report and the promoter approves its allowance', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'company@demo.example');
    await page.waitForURL(`${BASE}/`);
    await english(page);
    assert.equal(await page.locator('[data-task="traineeship-report-due"]').count(), 1, 'a report is due');

    await page.goto(`${BASE}/traineeships`);
    const rows = page.locator('[data-traineeship]');
    assert.ok((await rows.count()) >= 1, 'the demo company follows a trainee');
    await Promise.all([page.waitForURL(/\/traineeships\/[0-9a-f-]+$/), rows.first().locator('a').click()]);
    const traineeship = page.url();

    // The month still to file: the company tutor's cell not filed, with a link to write.
    const due = page.locator('td[data-report="company_tutor"][data-state="none"] a[data-write="company_tutor"]').first();
    await Promise.all([page.waitForURL(/\/reports\/\d{4}-\d{2}/), due.click()]);
    const month = page.url().match(/\/reports\/(\d{4}-\d{2})/)[1];
    await page.locator('#days_attended').fill('17');
    await page.locator('#days_scheduled').fill('20');
    await page.locator('#progress').fill('Works on the production line on their own now.');
    await page.locator('button[data-submit-report]').click();
    await page.locator('form[data-confirm="submit-report"]').waitFor();
    await Promise.all([
      page.waitForURL((u) => u.pathname.startsWith('/traineeships/') && !u.pathname.includes('/reports/')),
      page.locator('form[data-confirm="submit-report"] button[type=submit]').click(),
    ]);
    await page.locator('[data-flash="flash-traineeship-report-submitted"]').waitFor();

    // 17 of 20 days is 85 %: the full amount in Lombardy (EUR 500), its source beside it.
    const pending = page.locator(`[data-pending-month="${month}"]`);
    assert.equal(await pending.getAttribute('data-cents'), '50000');
    assert.match(await pending.locator('[data-amount]').innerText(), /500[.,]00/);
    assert.equal(await page.locator('[data-rule-source]').count(), 1);
    assert.equal(await page.locator(`form[data-approve="${month}"]`).count(), 0, 'the host does not approve');
    await page.locator('form[action="/logout"] button').click();

    // The promoter approves: asked first, then locked.
    await signIn(page, 'promoter@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(traineeship);
    await page.locator(`form[data-approve="${month}"] button`).click();
    await page.locator('form[data-confirm="approve-allowance"]').waitFor();
    await Promise.all([
      page.waitForURL((u) => u.pathname.startsWith('/traineeships/')),
      page.locator('form[data-confirm="approve-allowance"] button[type=submit]').click(),
    ]);
    await page.locator('[data-flash="flash-traineeship-approved"]').waitFor();
    const row = page.locator(`[data-allowance="${month}"]`);
    assert.equal(await row.getAttribute('data-cents'), '50000');
    assert.equal(await page.locator(`[data-pending-month="${month}"]`).count(), 0);
  } finally {
    await browser.close();
  }
});
