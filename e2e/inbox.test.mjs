// Inbox journeys (issue 11): each role's home page lists what waits for it; one click leads
// to where the task is done, and doing it makes it leave the inbox. The participant's home
// says where they stand, and fits a 360 px phone in English and in Arabic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

async function count(page, kind) {
  const items = page.locator(`[data-task="${kind}"]`);
  let total = 0;
  for (const item of await items.all()) total += Number(await item.getAttribute('data-count'));
  return total;
}

async function fitsTheScreen(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
}

test('the agency officer screens an application from the inbox and it leaves', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'agency.tn@demo.example');
    await page.waitForURL(`${BASE}/`);
    const before = await count(page, 'screen-applications');
    assert.ok(before > 0, 'applications wait to be screened');
    assert.ok(await page.locator('[data-figure="to-screen"]').count() === 1, 'the figure an agency acts on');
    assert.equal(await page.locator('[data-figure="places"]').count(), 0, 'not the coordinator’s figures');
    if (process.env.MENTOR_SCREENSHOTS) await page.screenshot({ path: `${process.env.MENTOR_SCREENSHOTS}/home-agency.png`, fullPage: true });

    // One click: the list of that call's applications waiting for screening.
    await Promise.all([
      page.waitForURL(/\/candidates\?call=[0-9a-f-]+&status=submitted/),
      page.locator('[data-task="screen-applications"] a').first().click(),
    ]);
    await page.locator('table a[href^="/candidates/"]').first().click();
    await page.waitForURL(/\/candidates\/[0-9a-f-]+$/);
    await page.locator('#status').selectOption('ineligible');
    await page.locator('#reason').fill('Passaporto scaduto');
    await Promise.all([
      page.waitForURL(/\/candidates\/[0-9a-f-]+$/),
      page.locator('form[action$="/status"] button').click(),
    ]);

    await page.goto(`${BASE}/`);
    assert.ok(await count(page, 'screen-applications') < before, 'one application fewer to screen');
  } finally {
    await browser.close();
  }
});

test('the company mends a returned position from the inbox and it leaves', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'company@demo.example');
    await page.waitForURL(`${BASE}/`);
    const item = page.locator('[data-task="revise-position"]');
    assert.equal(await item.count(), 1, 'the position sent back for changes');
    assert.equal(await page.locator('[data-figure="proposals"]').count(), 1);

    await Promise.all([page.waitForURL(/\/positions\/[0-9a-f-]+$/), item.locator('a').click()]);
    await Promise.all([
      page.waitForURL(/\/positions\/[0-9a-f-]+$/),
      page.locator('button[name=action][value=submit]').click(),
    ]);
    // The success is said once, announced as a status.
    const flash = page.locator('[data-flash="flash-position-submit"]');
    assert.equal(await flash.getAttribute('role'), 'status');

    await page.goto(`${BASE}/`);
    assert.equal(await page.locator('[data-task="revise-position"]').count(), 0, 'sent again: nothing to mend');
  } finally {
    await browser.close();
  }
});

test('the participant’s home says where they stand and fits a phone', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, 'trainee@demo.example');
    await page.waitForURL(`${BASE}/`);
    for (const lang of ['en', 'ar']) {
      await page.goto(`${BASE}/?lang=${lang}`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      const stages = page.locator('.journey .steps li');
      assert.equal(await stages.count(), 5, 'the ordered stages');
      assert.equal(await page.locator('.journey [aria-current="step"]').count(), 1, 'one current stage');
      assert.ok((await page.locator('[data-next]').textContent()).trim().length > 0, 'the next thing to do');
      assert.equal(await page.locator('[data-figure="territories"]').count(), 0);
      await fitsTheScreen(page);
      if (process.env.MENTOR_SCREENSHOTS) await page.screenshot({ path: `${process.env.MENTOR_SCREENSHOTS}/home-participant-${lang}.png`, fullPage: true });
    }
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  } finally {
    await browser.close();
  }
});
