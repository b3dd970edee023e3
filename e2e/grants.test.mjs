// The calls for proposals after the return (issue 15): a returnee, on a 360 px phone in
// Arabic, opens the second round, writes a proposal with two budget lines (the draft
// survives a reload, and a change saves it without reloading the page), submits it and
// sees it submitted; then the coordinator checks it eligible, so that the panel's journey,
// which runs after this one, finds it to score. Runs against the demo's second round
// (`demo::grants`), on a fresh demo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

const WIDTH = 360;

async function fits(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= WIDTH, `${page.url()} is ${width} px wide`);
}

test('a returnee submits a proposal in Arabic on a phone and the coordinator checks it eligible', { timeout: 180_000 }, async () => {
  let reference = '';
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: WIDTH, height: 740 });
    await signIn(page, 'returnee@demo.example');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.locator('nav a[href="/my/grants"]').first().click();
    await page.waitForURL(`${BASE}/my/grants`);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl', 'the returnee reads Arabic');
    await fits(page);
    await page.locator('[data-my-calls] a', { hasText: 'second round' }).click();
    await page.locator('form[data-application-form]').waitFor();
    await fits(page);
    const url = page.url();

    await page.locator('input[name=project_type][value=entrepreneurial]').check();
    await page.locator('input[name=origin][value=home]').check();
    await page.locator('#title').fill('ورشة نجارة في طنجة');
    await page.locator('#summary').fill('ورشة صغيرة لصناعة الأثاث بالمهارات التي اكتسبتها في ميلانو، مع عاملين من الحي.');
    await page.locator('#line0_category').selectOption('equipment');
    await page.locator('#line0_label').fill('آلات النجارة');
    await page.locator('#line0_amount').fill('2500');
    await page.locator('#line1_category').selectOption('rent');
    await page.locator('#line1_label').fill('كراء المحل لستة أشهر');
    await page.locator('#line1_amount').fill('500');
    await page.locator('button[data-save]').click();
    await page.locator('[data-flash="flash-grant-draft-saved"]').waitFor();

    // The draft survives a reload.
    await page.goto(url);
    assert.equal(await page.locator('#title').inputValue(), 'ورشة نجارة في طنجة');
    assert.equal(await page.locator('#line1_amount').inputValue(), '500');
    assert.equal(await page.locator('[data-status]').first().getAttribute('data-status'), 'draft');

    // A change saves the draft by itself (htmx): the amount requested follows, then a reload keeps it.
    const before = await page.locator('[data-requested]').textContent();
    await page.locator('#line1_amount').fill('800');
    await page.locator('#line1_amount').press('Tab');
    await page.waitForFunction((prev) => document.querySelector('[data-requested]').textContent !== prev, before);
    await page.goto(url);
    assert.equal(await page.locator('#line1_amount').inputValue(), '800');
    assert.match(await page.locator('[data-requested]').textContent(), /3[,.\u066c\u00a0\u202f]?300/);

    // Submitting is confirmed on its own page.
    await page.locator('button[data-submit]').click();
    const confirm = page.locator('form[data-confirm="submit-grant-application"]');
    await confirm.waitFor();
    await fits(page);
    await confirm.locator('button[type=submit]').click();
    await page.locator('[data-flash="flash-grant-submitted"]').waitFor();
    assert.equal(await page.locator('[data-status]').first().getAttribute('data-status'), 'submitted');
    assert.equal(await page.locator('form[data-application-form]').count(), 0, 'submitted text is read-only');
    reference = (await page.locator('[data-reference]').textContent()).trim();
    assert.match(reference, /^GP-[0-9A-F]{8}$/);
    await fits(page);
  } finally {
    await browser.close();
  }

  const staff = await launch();
  try {
    const page = await staff.context.newPage();
    await signIn(page, 'coordinator@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.locator('[data-task="grant-check"]').first().waitFor();
    await page.goto(`${BASE}/grant-calls`);
    await page.locator('[data-calls] a', { hasText: 'second round' }).click();
    await page.locator('[data-link="applications"]').click();
    await page.locator('table[data-applications]').waitFor();
    await page.locator('table[data-applications] a', { hasText: reference }).click();
    await page.locator('form[data-check-form]').waitFor();
    const lines = await page.locator('[data-line]').count();
    assert.equal(lines, 2, 'both budget lines');
    for (let n = 0; n < lines; n++) {
      await page.locator(`input[name=verdict${n}][value=yes]`).check();
    }
    await page.locator('input[name=decision][value=eligible]').check();
    await page.locator('#note').fill('Equipment and rent are eligible costs; the request is within the bounds.');
    await page.locator('form[data-check-form] button[type=submit]').click();
    const confirm = page.locator('form[data-confirm="check-grant-application"]');
    await confirm.waitFor();
    await confirm.locator('button[type=submit]').click();
    await page.locator('[data-flash="flash-grant-checked"]').waitFor();
    assert.equal(await page.locator('dd[data-status]').getAttribute('data-status'), 'eligible');
  } finally {
    await staff.close();
  }
});
