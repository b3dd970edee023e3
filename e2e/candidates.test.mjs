// Candidates journey: a young Tunisian opens the demo call in Arabic on a phone-sized
// window, creates an account, fills the four steps, consents and sends, and sees the
// status; the ANETI officer finds the application, screens it, scores it against the
// call's criteria (and sees the weighted total) and stages a shortlist, which the
// candidate does not see; the coordinator publishes the call's decisions, the decision
// e-mail reaches outbox.log in the data folder, and the candidate sees the new status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, launch, mailToken, signIn } from './browser.mjs';

// Waits for the outbox worker (every 5 s) to write a message containing `needle`.
async function outboxMessage(...needles) {
  const log = join(process.env.MENTOR_DATA_DIR, 'outbox.log');
  for (let i = 0; i < 60; i++) {
    if (existsSync(log)) {
      const block = readFileSync(log, 'utf8').split(/^From mentor /m).find((b) => needles.every((n) => b.includes(n)));
      if (block) return block;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.fail(`no message for ${needles} in ${log}`);
}

function isoDaysAgo(days) {
  return new Date(Date.now() - days * 86400000).toISOString().slice(0, 10);
}

// A family name of letters only, different on every run.
const FAMILY = 'Jouini' + Date.now().toString().split('').map((d) => 'abcdefghij'[d]).join('');

async function send(page, next) {
  await Promise.all([page.waitForURL(next), page.locator('main form button.primary').click()]);
}

async function fitsTheScreen(page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  assert.ok(scroll <= width + 1, `no sideways scrolling on a phone (${scroll} > ${width})`);
}

test('a candidate applies in Arabic on a phone and an agency officer shortlists them', { timeout: 180_000 }, async () => {
  const phone = await launch();
  const office = await launch();
  try {
    const page = await phone.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${BASE}/open-calls?lang=ar`);
    await page.locator('main a[href^="/open-calls/"]').first().click();
    await page.waitForURL(/\/open-calls\/[0-9a-f-]+$/);
    const callId = page.url().split('/').pop();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
    assert.match(await page.locator('main').textContent(), /الإقامة في/, 'the rules are in Arabic');
    await fitsTheScreen(page);
    await page.locator('a.button[href$="/apply"]').click();

    const email = `${FAMILY.toLowerCase()}@example.tn`;
    await page.locator('#display_name').fill(`Amina ${FAMILY}`);
    await page.locator('#email').fill(email);
    await page.locator('#password').fill('a long enough password');
    await page.locator('#confirm').fill('a long enough password');
    // The answer is the same for any address; the account opens from the e-mailed link.
    await page.locator('main form button.primary').click();
    await page.locator('[data-sign-up-sent]').waitFor();
    const token = await mailToken(/\/sign-up\/confirm\?t=([0-9a-f]{64})/, [], email);
    await page.goto(`${BASE}/sign-up/confirm?t=${token}`);
    await send(page, /\/identity$/);
    await fitsTheScreen(page);

    await page.locator('#family_name').fill(FAMILY);
    await page.locator('#given_names').fill('Amina');
    await page.locator('#family_name_ar').fill('الجويني');
    await page.locator('#given_names_ar').fill('أمينة');
    await page.locator('#birth_date').fill('1998-04-02');
    await page.locator('#sex').selectOption('f');
    await page.locator('#nationality').selectOption('TN');
    await page.locator('#residence_country').selectOption('TN');
    await page.locator('#passport_number').fill('Z 9876543');
    // A number without its country code is explained, in Arabic, and nothing typed is lost.
    await page.locator('#phone').fill('20 123 456');
    await page.locator('main form button.primary').click();
    await page.locator('#form-errors').waitFor();
    assert.match(await page.locator('#form-errors').textContent(), /رمز البلد/);
    assert.equal(await page.locator('#family_name_ar').inputValue(), 'الجويني');
    assert.equal(await page.locator('#phone').getAttribute('aria-invalid'), 'true');
    // The passport number is not sent back, but kept: shown masked, left empty.
    assert.equal(await page.locator('#passport_number').inputValue(), '');
    assert.match(await page.locator('[data-passport-masked]').textContent(), /543$/);
    await page.locator('#phone').fill('+216 20 123 456');
    await send(page, /\/education$/);

    await page.locator('#isced_level').selectOption('6');
    await page.locator('#qualification_title').fill('Licence en informatique');
    await page.locator('#qualification_date').fill(isoDaysAgo(120));
    for (const skill of ['understanding', 'speaking', 'writing']) {
      await page.locator(`#it_${skill}`).selectOption('A2');
      await page.locator(`#fr_${skill}`).selectOption('C1');
    }
    await send(page, /\/preferences$/);
    await page.locator('#experience').fill('2023–2025 développeuse web, Sfax');
    await page.locator('#sectors').fill('ICT');
    await page.locator('#cities').fill('Milano');
    await send(page, /\/consent$/);
    await page.locator('#consent').check();
    await send(page, /\/applications\/[0-9a-f-]+$/);
    const statusUrl = page.url();
    assert.equal((await page.locator('[data-status]').textContent()).trim(), 'مُرسَل');
    await fitsTheScreen(page);
    if (process.env.MENTOR_SCREENSHOTS) await page.screenshot({ path: `${process.env.MENTOR_SCREENSHOTS}/application-ar.png`, fullPage: true });

    // The ANETI officer finds the application among those of Tunisia and shortlists it.
    const desk = await office.context.newPage();
    await signIn(desk, 'agency.tn@demo.example');
    await desk.waitForURL(`${BASE}/`);
    await desk.goto(`${BASE}/candidates`);
    await desk.locator('#q').fill(FAMILY.toLowerCase());
    await Promise.all([desk.waitForURL(/\?q=/), desk.locator('form[role=search] button').click()]);
    assert.equal(await desk.locator('[data-total]').getAttribute('data-total'), '1');
    await desk.getByRole('link', { name: new RegExp(FAMILY) }).click();
    await desk.waitForURL(/\/candidates\/[0-9a-f-]+$/);
    assert.match(await desk.locator('main').textContent(), /الجويني/, 'both scripts are shown');
    const decide = async (status) => {
      await desk.locator('#status').selectOption(status);
      await Promise.all([
        desk.waitForURL(/\/candidates\/[0-9a-f-]+$/),
        desk.locator('form[action$="/status"] button').click(),
      ]);
    };
    await decide('eligible');

    // Scoring against the demo call's four criteria (weights 30, 25, 25, 20; out of 10,
    // 10, 5, 5): 8/10, 7/10, 4/5, 3/5 → 24 + 17.5 + 20 + 12 = 73.5.
    const scores = desk.locator('#my-scores input[type=number]');
    assert.equal(await scores.count(), 4, 'one score per criterion');
    for (const [i, value] of ['8', '7', '4', '3'].entries()) await scores.nth(i).fill(value);
    await desk.locator('#my-scores input[name^="note-"]').first().fill('Clear return project');
    await Promise.all([
      desk.waitForURL(/\/candidates\/[0-9a-f-]+#selection$/),
      desk.locator('#my-scores button[type=submit]').click(),
    ]);
    assert.equal((await desk.locator('[data-weighted-total]').textContent()).trim(), '73.5');
    assert.match(await desk.locator('#selection').textContent(), /Clear return project/);
    assert.match(await desk.locator('ol.timeline').textContent(), /Scored by an assessor/);

    // The shortlist is staged: staff see it, the candidate does not yet.
    await desk.locator('#decision-choice').selectOption('shortlisted');
    await Promise.all([
      desk.waitForURL(/\/candidates\/[0-9a-f-]+#decision$/),
      desk.locator('form[data-stage] button').click(),
    ]);
    await desk.locator('[data-flash="flash-decision-staged"]').waitFor();
    assert.equal(await desk.locator('[data-staged="shortlisted"]').count(), 1);
    assert.equal((await desk.locator('[data-status]').textContent()).trim(), 'Eligible');
    await page.goto(statusUrl);
    assert.equal((await page.locator('[data-status]').textContent()).trim(), 'مؤهَّل');

    // The coordinator publishes the call's decisions (after confirming).
    await office.context.clearCookies(); // the officer hands over to the coordinator
    await signIn(desk, 'coordinator@demo.example');
    await desk.waitForURL(`${BASE}/`);
    await desk.goto(`${BASE}/calls/${callId}/decisions`);
    await desk.locator('form[data-publish] button').click();
    await desk.locator('form[data-confirm="publish-decisions"]').waitFor();
    await Promise.all([
      desk.waitForURL(new RegExp(`/calls/${callId}/decisions$`)),
      desk.locator('form[data-confirm="publish-decisions"] button[type=submit]').click(),
    ]);
    await desk.locator('[data-flash="flash-decisions-published"]').waitFor();

    // The decision is e-mailed in the candidate's language (Arabic, as they signed up).
    if (process.env.MENTOR_DATA_DIR) {
      const message = await outboxMessage(`To: ${email}`, 'X-Mentor-Kind: candidate.decision');
      assert.match(message, /Content-Language: ar/);
      assert.match(message, /Subject: ترشحك/);
      assert.match(message, new RegExp(FAMILY));
    }

    await page.goto(statusUrl);
    assert.equal((await page.locator('[data-status]').textContent()).trim(), 'مُنتقى');
  } finally {
    await phone.close();
    await office.close();
  }
});
