// The road to Italy (issue 13): the promoter sees an overdue deadline at the top of the
// case list and moves a case on, through its confirmation; the company cannot open
// another company's case by changing the address; the French trainee reads their
// checklist on a phone. Runs against the demo's cases of the current call (the demo
// company's, some overdue, and `trainee.case@demo.example`'s).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function english(page) {
  await page.locator('footer button[value="en"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

/** The ids of the cases on a list page, in order, with their host company. */
async function rows(page) {
  return page.locator('#cases tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ id: tr.dataset.case, company: tr.cells[2].textContent.trim() })),
  );
}

/** Moves the case open on `page` to the step first offered, confirmed; true if it moved. */
async function moveOn(page) {
  const form = page.locator('form[data-advance]');
  if ((await form.count()) === 0) return false;
  await form.locator('button[type=submit]').click();
  await page.locator('form[data-confirm="advance-case"]').waitFor();
  await page.locator('form[data-confirm="advance-case"] button[type=submit]').click();
  await page.waitForLoadState('load');
  return (await page.locator('[data-flash="flash-case-moved"]').count()) === 1;
}

test('the promoter sees an overdue deadline on top and moves a case on', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'promoter@demo.example');
    await page.waitForURL(`${BASE}/`);
    await english(page);
    await page.locator('header nav').getByRole('link', { name: 'Cases', exact: true }).click();
    await page.waitForURL(`${BASE}/cases`);
    const first = page.locator('#cases tbody tr').first().locator('[data-standing]');
    assert.equal(await first.getAttribute('data-standing'), 'overdue', 'the most urgent case is on top');
    assert.match(await first.textContent(), /Overdue/);

    // A case under the Region's review needs nothing more to be approved: move it on.
    await page.goto(`${BASE}/cases?step=regional_review`);
    let moved = false;
    const review = await rows(page);
    if (review.length > 0) {
      await page.goto(`${BASE}/cases/${review[0].id}`);
      await page.locator('select[name=to]').selectOption('regional_approved');
      moved = await moveOn(page);
      if (moved) assert.match(await page.locator('[data-current-step]').textContent(), /Approved by the Region/);
    }
    if (!moved) {
      // Otherwise a case at its convention: the signed convention and the trainees it
      // covers are recorded first, then the case goes on to its training project.
      await page.goto(`${BASE}/cases?step=convention`);
      const convention = await rows(page);
      assert.ok(convention.length > 0, 'the demo has a case to move on');
      await page.goto(`${BASE}/cases/${convention[0].id}`);
      await page.locator('form[data-upload] select[name=kind]').selectOption('convention_signed');
      await page.locator('form[data-upload] input[type=file]').setInputFiles({ name: 'convention.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page.locator('form[data-upload] button[type=submit]').click();
      await page.locator('[data-flash="flash-document-uploaded"]').waitFor();
      const covered = page.locator('li[data-fact="trainees_covered"] form');
      await covered.locator('input[name=value]').fill('1');
      await covered.locator('button[type=submit]').click();
      await page.locator('[data-flash="flash-case-fact-saved"]').waitFor();
      await page.locator('select[name=to]').selectOption('training_project');
      assert.ok(await moveOn(page), 'the case moved on');
      assert.match(await page.locator('[data-current-step]').textContent(), /Training project/);
    }
    // Each running deadline says why it falls when it does.
    await page.goto(`${BASE}/cases?overdue=1`);
    const overdue = await rows(page);
    assert.ok(overdue.length > 0);
    await page.goto(`${BASE}/cases/${overdue[0].id}`);
    const late = page.locator('#deadlines li[data-standing="overdue"]').first();
    await late.locator('summary').click();
    assert.match(await late.locator('details').textContent(), /after/);
  } finally {
    await browser.close();
  }
});

test('a company cannot open another company\'s case by its address', { timeout: 120_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'company@demo.example');
    await page.waitForURL(`${BASE}/`);
    await english(page);
    await page.goto(`${BASE}/cases`);
    const mine = await rows(page);
    assert.ok(mine.length > 0, 'the demo company has cases');
    const ours = new Set(mine.map((r) => r.company));
    await page.locator('form[action="/logout"] button').click();

    // The promoter's list names a case of another host.
    await signIn(page, 'promoter@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/cases`);
    const theirs = (await rows(page)).find((r) => !ours.has(r.company));
    assert.ok(theirs, 'another host has a case');
    await page.locator('form[action="/logout"] button').click();

    await signIn(page, 'company@demo.example');
    await page.waitForURL(`${BASE}/`);
    const res = await page.goto(`${BASE}/cases/${theirs.id}`);
    assert.equal(res.status(), 404);
    assert.equal(await page.locator('[data-checklist], [data-current-step]').count(), 0);
    const own = await page.goto(`${BASE}/cases/${mine[0].id}`);
    assert.equal(own.status(), 200);
  } finally {
    await browser.close();
  }
});

test('the French trainee reads their checklist on a phone', { timeout: 120_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, 'trainee.case@demo.example');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${BASE}/cases`);
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    await page.locator('[data-checklist]').waitFor();
    assert.match(await page.locator('h1').textContent(), /Mon stage en Italie/);
    assert.ok(await page.locator('[data-checklist] [data-todo], [data-checklist] [data-missing-fact]').count() > 0, 'something to do');
    assert.equal(await page.locator('a[data-calendar]').getAttribute('href'), '/calendar');
    assert.ok(await page.locator('nav.steps [aria-current="step"]').count() === 1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `the page fits the phone (${width}px)`);
  } finally {
    await browser.close();
  }
});
