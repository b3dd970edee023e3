// The panel and the award of a call for proposals (issue 15): a panellist opens the second
// round's panel, declares no conflict of interest on each application waiting for them and
// scores it; then the coordinator closes the submissions, accepts the award proposal
// (confirmed) and sees the fund's balance. Runs against the demo (`demo::awards`), after
// `grants.test.mjs` (a returnee's proposal checked eligible) or without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

const ROUND = /second round/;

test('a panellist declares no conflict and scores what waits for them', { timeout: 240_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'panellist@demo.example');
    await page.waitForURL(`${BASE}/`);
    // What waits for them is in their inbox.
    const task = await page.locator('[data-task="grant-panel-waiting"]').count();
    await page.goto(`${BASE}/grant-panels`);
    const card = page.locator('[data-call]', { hasText: ROUND });
    await card.locator('[data-panel-link]').click();
    await page.locator('[data-my-list]').waitFor();
    const panel = page.url();
    const waiting = () => page.locator('tr[data-item]:not([data-state="submitted"]) [data-open]');
    let scored = 0;
    while ((await waiting().count()) > 0) {
      await waiting().first().click();
      // Before the declaration only the name and the title are shown.
      if ((await page.locator('form[data-no-conflict]').count()) > 0) {
        assert.equal(await page.locator('[data-budget]').count(), 0, 'no budget before the declaration');
        await page.locator('form[data-no-conflict] button[type=submit]').click();
        await page.locator('[data-flash="flash-award-declared"]').waitFor();
      }
      await page.locator('[data-budget]').waitFor();
      const marks = page.locator('form[data-score-form] input[name^="mark-"]');
      const n = await marks.count();
      assert.ok(n > 0, 'a mark per criterion');
      for (let i = 0; i < n; i++) {
        await marks.nth(i).fill(String(6 + (i % 3)));
      }
      await page.locator('form[data-score-form] #comment').fill('Solid plan, realistic budget.');
      await page.locator('form[data-score-form] [data-submit]').click();
      await page.locator('form[data-confirm="submit-score"] button[type=submit]').click();
      await page.locator('[data-flash="flash-award-submitted"]').waitFor();
      // Now the others' submitted scores are shown.
      await page.locator('[data-others]').waitFor();
      scored += 1;
      await page.goto(panel);
    }
    assert.equal(task > 0, scored > 0, 'the inbox said what waited');
    const progress = await page.locator('[data-progress]').getAttribute('data-progress');
    const [done, total] = progress.split('/').map(Number);
    assert.equal(done, total, 'every application of the list submitted');
    // With all theirs submitted, the ranking opens to them.
    await page.locator('[data-my-list] [data-ranking-link]').click();
    await page.locator('table[data-ranking]').waitFor();
  } finally {
    await browser.close();
  }
});

test('the coordinator closes the round, accepts the award and sees the balance', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'coordinator@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/grant-panels`);
    await page.locator('[data-call]', { hasText: ROUND }).locator('[data-award-link]').click();
    await page.locator('[data-proposal]').waitFor();
    if ((await page.locator('[data-accepted]').count()) === 0) {
      if ((await page.locator('form[data-close]').count()) > 0) {
        await page.locator('form[data-close] button[type=submit]').click();
        await page.locator('form[data-confirm="close-call"] button[type=submit]').click();
        await page.locator('[data-flash="flash-award-closed"]').waitFor();
      }
      await page.locator('[data-ready]').waitFor();
      await page.locator('form[data-accept] button[type=submit]').click();
      await page.locator('form[data-confirm="accept-award"] button[type=submit]').click();
      await page.locator('[data-flash="flash-award-accepted"]').waitFor();
    }
    await page.locator('[data-accepted]').waitFor();
    const balance = Number(await page.locator('[data-balance]').getAttribute('data-balance'));
    assert.ok(balance >= 0 && balance < 3_000_000, `the fund's balance: ${balance}`);
    assert.ok((await page.locator('[data-grant]').count()) > 0, 'grants awarded');
  } finally {
    await browser.close();
  }
});
