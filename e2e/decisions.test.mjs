// Staged decisions journey (issue 11): the ANETI officer stages a shortlist and a
// rejection (refused without a reason, the field marked) on two eligible applications;
// the coordinator previews the call's decisions — with the warning that the shortlist
// exceeds the call's 41 places — confirms and publishes, and is told it is done; the
// administrator's outbox lists the new decision messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

// Text as read: without Fluent's invisible isolation marks around arguments.
async function read(locator) {
  return (await locator.textContent()).replace(/[\u2068\u2069]/g, '');
}

// How many decision messages the administrator's outbox lists.
async function decisionMessages(page) {
  await page.goto(`${BASE}/outbox`);
  return page.locator('table[data-outbox] tbody tr', { hasText: 'candidate.decision' }).count();
}

test('staff stage decisions, the coordinator previews and publishes them at once', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${BASE}/open-calls`);
    const callId = (await page.locator('main a[href^="/open-calls/"]').first().getAttribute('href'))
      .split('/')
      .pop();

    await signIn(page, 'admin@demo.example');
    await page.waitForURL(`${BASE}/`);
    const before = await decisionMessages(page);

    // The officer stages a shortlist on one eligible application.
    await browser.context.clearCookies(); // sign in as someone else
    await signIn(page, 'agency.tn@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/candidates?call=${callId}&status=eligible&sort=submitted`);
    const links = page.locator('main table tbody tr a[href^="/candidates/"]');
    assert.ok((await links.count()) >= 2, 'two eligible applications to decide');
    const first = await links.nth(0).getAttribute('href');
    const second = await links.nth(1).getAttribute('href');
    await page.goto(`${BASE}${first}`);
    await page.locator('#decision-choice').selectOption('shortlisted');
    await Promise.all([
      page.waitForURL(/#decision$/),
      page.locator('form[data-stage] button').click(),
    ]);
    await page.locator('[data-flash="flash-decision-staged"]').waitFor();
    assert.equal(await page.locator('[data-staged="shortlisted"]').count(), 1);
    assert.equal(await page.locator('[data-published]').count(), 0, 'nothing published yet');

    // A rejection needs a reason: refused with the field marked, then staged with one.
    await page.goto(`${BASE}${second}`);
    await page.locator('#decision-choice').selectOption('rejected');
    await page.locator('form[data-stage] button').click();
    await page.getByRole('alert').waitFor();
    assert.equal(await page.locator('#decision-reason').getAttribute('aria-invalid'), 'true');
    await page.locator('#decision-choice').selectOption('rejected');
    await page.locator('#decision-reason').fill('Italian below the level the call asks for');
    await Promise.all([
      page.waitForURL(/#decision$/),
      page.locator('form[data-stage] button').click(),
    ]);
    assert.equal(await page.locator('[data-staged="rejected"]').count(), 1);

    // The staff list shows and filters the staged decisions.
    await page.goto(`${BASE}/candidates?call=${callId}&staged=any`);
    assert.ok((await page.locator('td[data-staged]').count()) >= 2);

    // The coordinator previews: counts, messages, and the warning over the places.
    await browser.context.clearCookies();
    await signIn(page, 'coordinator@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/calls/${callId}/decisions`);
    const staged = Number(await page.locator('[data-staged-total]').getAttribute('data-staged-total'));
    assert.ok(staged >= 2, `${staged} staged`);
    assert.equal(await page.locator('[data-staged-list] tr[data-staged]').count(), staged);
    const warnings = page.locator('[data-warning]');
    assert.ok((await warnings.count()) >= 1);
    assert.match(await read(warnings.first()), /for 41 places/);
    if (process.env.MENTOR_SCREENSHOTS) await page.screenshot({ path: `${process.env.MENTOR_SCREENSHOTS}/decisions-preview.png`, fullPage: true });

    // Publishing asks first (the warning again), then says it is done.
    await page.locator('form[data-publish] button').click();
    const confirm = page.locator('form[data-confirm="publish-decisions"]');
    await confirm.waitFor();
    assert.match(await read(page.locator('[data-warning]').first()), /for 41 places/);
    await Promise.all([
      page.waitForURL(new RegExp(`/calls/${callId}/decisions$`)),
      confirm.locator('button[type=submit]').click(),
    ]);
    const flash = page.locator('[data-flash="flash-decisions-published"]');
    await flash.waitFor();
    assert.equal(await flash.getAttribute('role'), 'status', 'announced to screen readers');
    assert.match(await read(flash), new RegExp(`${staged} decisions published`));
    assert.equal(await page.locator('[data-staged-total]').getAttribute('data-staged-total'), '0');

    // The administrator's outbox lists a message per decision.
    await browser.context.clearCookies();
    await signIn(page, 'admin@demo.example');
    await page.waitForURL(`${BASE}/`);
    const after = await decisionMessages(page);
    assert.ok(after >= before + staged, `${before} + ${staged} ≤ ${after}`);
  } finally {
    await browser.close();
  }
});
