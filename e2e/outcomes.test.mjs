// Heard from afterwards (issue 14): the demo mentor finds the follow-up left overdue in the
// inbox, opens it with the previous follow-up's answers filled in, records it, and finds
// it on the participant's page. Runs against the demo's MENTOR II 2022 cohort, whose
// first participant's latest follow-up the demo leaves undone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

const NOTE = 'Met online: still with the same employer, now training two newcomers.';

test('the mentor records the follow-up due, opened with the previous answers, and sees it on the participant\'s page', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'mentor@demo.example');
    await page.waitForURL(`${BASE}/`);
    const task = page.locator('li[data-task="follow-up-overdue"] a').first();
    await task.waitFor();
    const href = await task.getAttribute('href');
    assert.match(href, /^\/cases\/[0-9a-f-]+\/follow-ups\/new$/);
    await task.click();
    await page.waitForURL(`${BASE}${href}`);

    // The previous answers are there: where the person lives, the occupation.
    await page.locator('[data-preloaded]').waitFor();
    assert.notEqual(await page.locator('select[name=country]').inputValue(), '');
    const occupation = await page.locator('input[name=occupation]').inputValue();
    assert.ok(occupation.length > 0, 'the occupation is filled in');
    assert.equal(await page.locator('textarea[name=note]').inputValue(), '', 'the note is the new one\'s own');

    await page.locator('input[name=business_links]').check();
    await page.locator('textarea[name=note]').fill(NOTE);
    await page.locator('form[data-follow-up-form] button[type=submit]').click();
    await page.locator('[data-flash="flash-follow-up-recorded"]').waitFor();
    const caseId = href.split('/')[2];
    assert.equal(page.url(), `${BASE}/cases/${caseId}/outcome`);

    // On the participant's page, the newest event.
    await page.locator('a[data-participant-link]').first().click();
    await page.waitForURL(/\/participants\/[0-9a-f-]+$/);
    const last = page.locator('li[data-event="follow-up"]').last();
    assert.match(await last.textContent(), /still with the same employer/);
    assert.match(await last.textContent(), new RegExp(occupation));

    // Nothing overdue is left in the inbox for that case.
    await page.goto(`${BASE}/`);
    assert.equal(await page.locator(`li[data-task^="follow-up"] a[href="${href}"]`).count(), 0);
  } finally {
    await browser.close();
  }
});
