// Grants after the award (issue 15 item 5): the coordinator opens the 2024 call's grants,
// sees the fund's balance, records a payment in Tunisian dinars with the rate used on a
// grant whose tranche is released, and sees the balance change. Runs against the demo's
// grants (`demo::grant_payments`, once the award has written them); a demo without a
// payable tranche (none awarded yet, or this journey already ran) skips.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

const RATE = '3.3712';

/** `3000.00` euros as TND thousandths at RATE, written with three decimals. */
function dinars(cents) {
  const milli = Math.round((cents * 3_371_200) / 100_000);
  return `${Math.floor(milli / 1000)}.${String(milli % 1000).padStart(3, '0')}`;
}

test('the coordinator pays a released tranche in dinars and the fund balance moves', { timeout: 120_000 }, async (t) => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'coordinator@demo.example');
    await page.waitForURL(`${BASE}/`);
    const res = await page.request.get(`${BASE}/api/v1/grants`);
    assert.equal(res.status(), 200);
    const grants = await res.json();
    const payable = grants.find(
      (g) => g.state === 'agreed' && g.tranches.some((x) => x.released && x.paid_cents < x.amount_cents),
    );
    if (!payable) {
      t.skip('no released tranche to pay in this demo');
      return;
    }
    const tranche = payable.tranches.find((x) => x.released && x.paid_cents < x.amount_cents);
    const left = tranche.amount_cents - tranche.paid_cents;

    await page.goto(`${BASE}/grant-calls/${payable.call_id}/grants`);
    const paidBefore = (await page.locator('[data-fund-paid]').textContent()).trim();
    const unpaidBefore = (await page.locator('[data-fund-unpaid]').textContent()).trim();
    await page.locator('[data-by-country] table').waitFor();
    await page.locator(`a[href="/grants/${payable.application_id}"]`).click();
    await page.waitForURL(`${BASE}/grants/${payable.application_id}`);

    const form = page.locator('form[data-pay-form]');
    await form.locator('#tranche').selectOption(tranche.id);
    await form.locator('#amount').fill((left / 100).toFixed(2));
    await form.locator('#currency').selectOption('TND');
    await form.locator('#local_amount').fill(dinars(left));
    await form.locator('#rate').fill(RATE);
    await form.locator('button[type=submit]').click();
    // Asked first, on a page of its own.
    await page.locator('form[data-confirm="grant-disbursement"]').waitFor();
    await page.locator('form[data-confirm="grant-disbursement"] button[type=submit]').click();
    await page.locator('[data-flash="flash-grant-paid"], [data-flash="flash-grant-completed"]').first().waitFor();
    const rows = page.locator('tr[data-disbursement]');
    assert.ok((await rows.last().textContent()).includes(RATE), 'the rate used is shown');

    await page.goto(`${BASE}/grant-calls/${payable.call_id}/grants`);
    const paidAfter = (await page.locator('[data-fund-paid]').textContent()).trim();
    const unpaidAfter = (await page.locator('[data-fund-unpaid]').textContent()).trim();
    assert.notEqual(paidAfter, paidBefore, 'paid grows');
    assert.notEqual(unpaidAfter, unpaidBefore, 'committed but unpaid shrinks');
  } finally {
    await browser.close();
  }
});
