// Browser journey for two-factor authentication, in real Chromium with
// axe-core on every page visited (machinery in support.mjs), on two
// platforms of one server at the same time.
//
// "Guard Care" requires two-factor authentication for professionals
// (remembering a device for 3 days). A professional logs in, goes through
// the set-up wizard, connects an authenticator app (the codes are computed
// here from the key the page shows: RFC 6238, so the server's real clock
// counts) and saves the recovery codes. They log in with a code, then with
// "remember this device", after which that browser needs no code; another
// browser logs in with a recovery code, and new recovery codes are made.
// The application manager sets up their own app at their first login,
// resets the professional (who must set up again at the next login), and
// cannot reset themselves.
//
// "Text Care" leaves it optional. A client sets it up from her account by
// text message (the server's development provider writes each message to
// sms/<number>.txt in its temp dir, see KalmServer) and logs in with a code
// from a new message; a secretary resets her, and she logs in with only her
// password again.
//
// An app code works once: the next one must wait for the next 30-second
// step, so the app journey waits up to 30 s twice (the manager's set-up
// fills part of the first wait). The text message journey does not wait and
// runs beside it; KALM_E2E_SERIAL=1 runs them one after the other.
// Screenshots and axe-report.json go to artifacts/two-factor-app/ and
// artifacts/two-factor-sms/; the server log, e-mails and text messages to
// artifacts/two-factor/.
//
// Texts come from locales/en/*.ftl through en('message-id'), so copy
// edits there do not break the journey (plurals are written out); data
// (names, phone number, reasons) is literal.
//
// Run: cd e2e && npm ci && node --test two-factor.test.mjs   (see README.md)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Authenticator, beginSharedRun, currentStep, englishTexts, expectHeading, logIn, sentTo, totp } from './support.mjs';

const en = englishTexts();

const GUARD = {
  journeyName: 'two-factor-app',
  title: 'two-factor with an app, required for professionals ("Guard Care"): set-up, codes, remembered device, recovery code, reset',
  name: 'Guard Care',
  domain: 'guard.localhost',
  policy: { professionals: 'required', remember_device: '3_days', clients: 'optional', friends: 'off' },
  professional: { first: 'Pieter', last: 'Bakker', email: 'pieter.bakker@example.org', password: 'granite-willow-lantern-63', roles: 'professional' },
  manager: { first: 'Mara', last: 'Verhoeven', email: 'mara.verhoeven@example.org', password: 'lantern-orchard-pebble-42', roles: 'professional,application_manager' },
  journey: appJourney,
};

const TEXT = {
  journeyName: 'two-factor-sms',
  title: 'two-factor by text message, optional for clients ("Text Care"): set-up from the account, login code, reset by a secretary',
  name: 'Text Care',
  domain: 'text.localhost',
  policy: { professionals: 'optional', remember_device: 'never', clients: 'optional', friends: 'off' },
  client: { first: 'Noor', last: 'Hendriks', email: 'noor.hendriks@example.org', password: 'meadow-copper-thistle-85' },
  secretary: { first: 'Sam', last: 'Visser', email: 'sam.visser@example.org', password: 'pebble-harbour-maple-29', roles: 'secretary' },
  // As typed; the development provider names the file after the number in E.164.
  phone: '+31 6 12345678',
  phoneFile: '+31612345678.txt',
  journey: smsJourney,
};

// ---- helpers ----------------------------------------------------------

/** en(id) as RegExp source, with the variables named in `wild` (such as a date) matching anything. */
function textSource(id, args = {}, wild = []) {
  const marks = Object.fromEntries(wild.map((name, i) => [name, `\u0001${i}\u0001`]));
  let source = en(id, { ...args, ...marks }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  wild.forEach((_, i) => { source = source.replace(`\u0001${i}\u0001`, '.+'); });
  return source;
}

/** en(id) as a whole-text RegExp (see textSource). */
const textPattern = (id, args = {}, wild = []) => new RegExp(`^${textSource(id, args, wild)}$`);

/** Clicks `target` to send a form whose answer is a page (no redirect) and waits for it. */
async function postForPage(page, site, path, target) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url() === `${site}${path}`),
    target.click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

const fullName = (p) => `${p.first} ${p.last}`;
const main = (page) => page.getByRole('main');
const notice = (page, id) => page.getByRole('status').filter({ hasText: en(id) });
const button = (scope, id) => scope.getByRole('button', { name: en(id), exact: true });
const link = (scope, id) => scope.getByRole('link', { name: en(id), exact: true });
const field = (scope, id) => scope.getByLabel(en(id), { exact: true });
const deviceCookie = async (page) => (await page.context().cookies()).find((c) => c.name === 'kalm_device');

/** Everything both journeys do on their platform's pages. */
function platformHelpers(site, platformName, checker) {
  const h = {
    /** The page's title is `title · platform`. */
    async expectTitle(page, title) {
      assert.equal(await page.title(), `${title} · ${platformName}`, 'the page title');
    },

    /** The login form sent with `person`'s e-mail and password; waits for `next` (a path). */
    async password(page, person, next, label) {
      await page.goto(`${site}/login`);
      await expectHeading(page, en('login-title'));
      if (label) await checker.check(page, label);
      await field(page, 'field-email').fill(person.email);
      await field(page, 'field-password').fill(person.password);
      await Promise.all([page.waitForURL(`${site}${next}`), button(page, 'login-submit').click()]);
    },

    /**
     * "Confirm it is you": a change that outlasts the session (a new second
     * factor, new recovery codes) asks for the password first, then returns
     * to `back` (a path). A wrong password is refused and named first.
     */
    async confirm(page, person, back, label) {
      await page.waitForURL(new RegExp(`^${site}/account/confirm\\?back=`));
      await expectHeading(page, en('confirm-title'));
      await h.expectTitle(page, en('confirm-title'));
      if (label) await checker.check(page, label);
      await field(main(page), 'confirm-password').fill('not-my-password-at-all');
      const refused = await postForPage(page, site, '/account/confirm', button(main(page), 'confirm-submit'));
      assert.equal(refused.status(), 422, 'a wrong password is refused');
      await page.getByRole('alert').filter({ hasText: en('error-current-password-wrong') }).waitFor();
      await field(main(page), 'confirm-password').fill(person.password);
      await Promise.all([page.waitForURL(`${site}${back}?done=confirmed`), button(main(page), 'confirm-submit').click()]);
      await notice(page, 'notice-confirmed').waitFor();
    },

    async home(page, person, done) {
      await page.waitForURL(done ? `${site}/?done=${done}` : `${site}/`);
      await expectHeading(page, en('home-welcome', { name: person.first }));
      if (done) await notice(page, `notice-${done.replace(/_/g, '-')}`).waitFor();
      await h.expectTitle(page, en('home-title'));
    },

    async logOut(page) {
      await Promise.all([page.waitForURL(`${site}/login`), button(page, 'logout').click()]);
      await expectHeading(page, en('login-title'));
      assert.equal(await button(page, 'logout').count(), 0, 'signed out');
    },

    /**
     * The set-up wizard from step 1 (on the page) to step 3, where `method`
     * ('app' or 'sms') is chosen; ends on that method's page.
     */
    async wizard(page, { method, required, duringLogin, label }) {
      const stepText = (n) => main(page).getByText(en('two-factor-step', { step: n, steps: 3 }), { exact: true });
      const requiredText = main(page).getByText(en('two-factor-setup-required', { platform: platformName }), { exact: true });
      const common = async (n) => {
        await expectHeading(page, en('two-factor-setup-title'));
        await h.expectTitle(page, en('two-factor-setup-title'));
        await stepText(n).waitFor();
        assert.equal(await requiredText.count(), required ? 1 : 0, required ? 'says the platform requires it' : 'no "required" text');
        // During a login the menu is gone and the only way out is to log out.
        assert.equal(await page.getByRole('navigation', { name: en('nav-label') }).count(), duringLogin ? 0 : 1, 'main menu');
        assert.equal(await button(page, 'two-factor-cancel-login').count(), duringLogin ? 1 : 0, '"Stop and log out"');
      };

      // Straight from a login, or back from confirming the password.
      assert.ok([`${site}/two-factor/setup`, `${site}/two-factor/setup?done=confirmed`].includes(page.url()), page.url());
      await common(1);
      await main(page).getByRole('heading', { level: 2, name: en('two-factor-why-heading'), exact: true }).waitFor();
      await main(page).getByText(en('two-factor-why'), { exact: true }).waitFor();
      await checker.check(page, `${label}-setup-why`);
      await Promise.all([page.waitForURL(`${site}/two-factor/setup?step=2`), link(main(page), 'next').click()]);

      await common(2);
      await main(page).getByRole('heading', { level: 2, name: en('two-factor-need-heading'), exact: true }).waitFor();
      const needs = (await main(page).getByRole('listitem').allInnerTexts()).map((s) => s.trim());
      assert.deepEqual(needs, [en('two-factor-need-app'), en('two-factor-need-sms')], 'an app, or a phone for text messages');
      assert.equal(await link(main(page), 'back').getAttribute('href'), '/two-factor/setup?step=1');
      await checker.check(page, `${label}-setup-need`);
      await Promise.all([page.waitForURL(`${site}/two-factor/setup?step=3`), link(main(page), 'next').click()]);

      await common(3);
      const choice = main(page).getByRole('group', { name: en('two-factor-choose-heading'), exact: true });
      const app = choice.getByRole('radio', { name: en('method-app'), exact: true });
      const sms = choice.getByRole('radio', { name: en('method-sms'), exact: true });
      assert.ok(await app.isChecked(), 'the app is chosen unless one picks text messages');
      assert.ok(!(await sms.isChecked()));
      await choice.getByText(en('method-app-hint'), { exact: true }).waitFor();
      await choice.getByText(en('method-sms-hint'), { exact: true }).waitFor();
      await checker.check(page, `${label}-setup-choose`);
      await (method === 'app' ? app : sms).check();
      await Promise.all([page.waitForURL(`${site}/two-factor/setup/${method}`), button(main(page), 'next').click()]);
      await common(3);
    },

    /** The "Connect your app" page: its key read, a wrong code refused (when asked), the right one typed. */
    async connectApp(page, who, { label, tryWrongCode }) {
      await main(page).getByRole('heading', { level: 2, name: en('two-factor-app-heading'), exact: true }).waitFor();
      const qr = main(page).getByRole('img', { name: en('two-factor-qr-label'), exact: true });
      await qr.waitFor();
      assert.equal(await qr.evaluate((el) => el.tagName.toLowerCase()), 'svg', 'the QR code is drawn inline');
      const key = (await page.locator('#manual-key').innerText()).trim();
      assert.match(key, /^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$/, 'a 160-bit base32 key in groups of four');
      const code = field(main(page), 'field-code');
      assert.equal(await code.getAttribute('autocomplete'), 'one-time-code');
      assert.equal(await code.getAttribute('inputmode'), 'numeric');
      await checker.check(page, `${label}-setup-app`);
      const app = new Authenticator(key, who);

      if (tryWrongCode) {
        const right = totp(app.secret, currentStep());
        const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
        await code.fill(wrong);
        const response = await postForPage(page, site, '/two-factor/setup/confirm', button(main(page), 'two-factor-turn-on'));
        assert.equal(response.status(), 422, 'a wrong code is refused');
        const alert = page.getByRole('alert');
        await alert.filter({ hasText: en('error-two-factor-code-wrong') }).waitFor();
        assert.equal((await alert.innerText()).trim(), en('error-two-factor-code-wrong'));
        assert.equal((await page.locator('#manual-key').innerText()).trim(), key, 'the same key again');
        assert.match(await code.getAttribute('aria-describedby'), /\bsetup-error\b/, 'the field points at the error');
        await checker.check(page, `${label}-setup-app-wrong-code`);
      }

      await code.fill(await app.code());
      const response = await postForPage(page, site, '/two-factor/setup/confirm', button(main(page), 'two-factor-turn-on'));
      assert.equal(response.status(), 200, 'the right code turns it on');
      return app;
    },

    /**
     * The recovery codes page: six codes, the download (read), Copy (from
     * the clipboard) and Print; Continue needs the "saved" box. Ends at
     * `next`; returns the codes.
     */
    async saveRecoveryCodes(page, person, { intro, next, label }) {
      await expectHeading(page, en('recovery-codes-title'));
      await h.expectTitle(page, en('recovery-codes-title'));
      await main(page).getByText(en(intro), { exact: true }).waitFor();
      const list = main(page).getByRole('list', { name: en('recovery-codes-title'), exact: true });
      const codes = (await list.getByRole('listitem').allInnerTexts()).map((s) => s.trim());
      assert.equal(codes.length, 6, `six recovery codes: ${codes.join(', ')}`);
      for (const c of codes) assert.match(c, /^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/, 'XXXX-XXXX-XXXX-XXXX in base32');
      assert.equal(new Set(codes).size, 6, 'all different');

      // The download holds the codes under a heading naming the platform and account.
      const download = link(main(page), 'recovery-codes-download');
      assert.equal(await download.getAttribute('download'), 'recovery-codes.txt');
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      assert.equal(file.suggestedFilename(), 'recovery-codes.txt');
      const heading = en('recovery-codes-file-heading', { platform: platformName, email: person.email });
      assert.equal(await readFile(await file.path(), 'utf8'), `${heading}\r\n\r\n${codes.join('\r\n')}\r\n`);

      // Copy and Print are there with script; Copy says so in a status.
      await button(main(page), 'recovery-codes-print').waitFor();
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
      await button(main(page), 'recovery-codes-copy').click();
      await notice(page, 'recovery-codes-copied').waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), codes.join('\n'));

      // Continue only once the box says they are saved.
      const saved = main(page).getByRole('checkbox', { name: en('recovery-codes-saved'), exact: true });
      assert.ok(!(await saved.isChecked()));
      await checker.check(page, label);
      const url = page.url();
      await button(main(page), 'two-factor-continue').click();
      assert.ok(await saved.evaluate((el) => el.validity.valueMissing), 'the box must be ticked');
      assert.equal(page.url(), url, 'not sent without the box');
      await saved.check();
      await Promise.all([page.waitForURL(`${site}${next}`), button(main(page), 'two-factor-continue').click()]);
      return codes;
    },

    /** My account → "Manage two-factor authentication". */
    async openOwnTwoFactor(page, label) {
      await Promise.all([
        page.waitForURL(`${site}/account`),
        link(page.getByRole('navigation', { name: en('nav-label') }), 'nav-my-account').click(),
      ]);
      await expectHeading(page, en('my-account-title'));
      await h.expectTitle(page, en('my-account-title'));
      const section = main(page).getByRole('region', { name: en('two-factor-title'), exact: true });
      await checker.check(page, label);
      await Promise.all([page.waitForURL(`${site}/account/two-factor`), link(section, 'my-account-two-factor-link').click()]);
      await expectHeading(page, en('two-factor-title'));
      await h.expectTitle(page, en('two-factor-title'));
    },

    /** Accounts → the account of `person`, by clicking the name in the list; returns its URL. */
    async openAccount(page, person) {
      await Promise.all([
        page.waitForURL(`${site}/accounts`),
        link(page.getByRole('navigation', { name: en('nav-label') }), 'nav-accounts').click(),
      ]);
      await expectHeading(page, en('accounts-title'));
      const table = main(page).getByRole('table', { name: en('accounts-title') });
      await Promise.all([
        page.waitForURL(new RegExp(`^${site.replace(/[.]/g, '\\.')}/accounts/[0-9a-f-]{36}$`)),
        table.getByRole('link', { name: fullName(person), exact: true }).click(),
      ]);
      await expectHeading(page, fullName(person));
      return page.url();
    },

    /** The two-factor region of an account page. */
    accountTwoFactor: (page) => main(page).getByRole('region', { name: en('two-factor-title'), exact: true }),

    /** Resets the two-factor authentication on the open account page, with `reason`. */
    async reset(page, person, reason, label) {
      const url = page.url();
      const section = h.accountTwoFactor(page);
      await section.getByText(en('account-two-factor-reset-hint', { name: fullName(person) }), { exact: true }).waitFor();
      const resetButton = button(section, 'account-two-factor-reset');
      assert.equal(await resetButton.getAttribute('aria-describedby'), 'reset-hint');
      await checker.check(page, `${label}-before-reset`);
      await field(section, 'field-reason-optional').fill(reason);
      await Promise.all([page.waitForURL(`${url}?done=two_factor_reset`), resetButton.click()]);
      await expectHeading(page, fullName(person));
      await notice(page, 'notice-two-factor-reset').waitFor();
      assert.equal((await h.accountTwoFactor(page).getByRole('paragraph').first().innerText()).trim(), en('two-factor-status-off'));
      await checker.check(page, `${label}-reset`);
    },
  };
  return h;
}

// ---- the test -----------------------------------------------------------

test('two-factor journey: app and text message, codes, remembered device, recovery codes, resets', { timeout: 300_000, concurrency: true }, async (t) => {
  const run = await beginSharedRun(t, 'two-factor');
  if (!run) return;
  // RFC 6238 appendix B (SHA-1, T = 59 s), cut to 6 digits: the helper, not the server, would be wrong.
  assert.equal(totp(Buffer.from('12345678901234567890'), 1), '287082', 'the TOTP helper');

  const { server } = run;
  const account = (domain, type, p) => server.cli([
    'account', 'create', '--platform', domain, '--type', type, ...(p.roles ? ['--roles', p.roles] : []),
    '--email', p.email, '--first-name', p.first, '--last-name', p.last, '--password-stdin',
  ], `${p.password}\n`);
  for (const p of [GUARD, TEXT]) {
    server.cli(['platform', 'create', '--name', p.name, '--domain', p.domain, '--language', 'en']);
    server.cli(['config', 'available', '--platform', p.domain, 'two_factor']);
    server.cli(['config', 'set', '--platform', p.domain, 'two_factor', JSON.stringify(p.policy)]);
  }
  account(GUARD.domain, 'professional', GUARD.professional);
  account(GUARD.domain, 'professional', GUARD.manager);
  account(TEXT.domain, 'client', TEXT.client);
  account(TEXT.domain, 'professional', TEXT.secretary);

  await server.start();
  await run.launch();
  await run.each([GUARD, TEXT], { title: (p) => p.title, journeyName: (p) => p.journeyName }, (journey, p) => p.journey(journey, p));
});

// ---- "Guard Care": an authenticator app, required for professionals --------

async function appJourney(journey, { name: platformName, domain, professional: pro, manager }) {
  const { server, checker, step, mailbox } = journey;
  const site = `http://${domain}:${server.port}`;
  const h = platformHelpers(site, platformName, checker);

  let page; // the professional's browser
  let otherBrowser; // the professional's second browser (no remembered device)
  let mgr; // the application manager's browser
  let proApp; // the professional's authenticator app
  let codes; // the professional's recovery codes
  let proUrl; // the professional's account page

  const codeField = (p) => field(main(p), 'field-code');
  const rememberBox = (p) => main(p).getByRole('checkbox', { name: en('two-factor-remember-for', { period: en('remember-3-days') }), exact: true });

  /** The "Enter your code" page of a professional with an app. */
  async function expectCodePage(p, label) {
    await p.waitForURL(`${site}/login/code`);
    await expectHeading(p, en('two-factor-code-title'));
    await h.expectTitle(p, en('two-factor-code-title'));
    await main(p).getByText(en('two-factor-code-app', { platform: platformName }), { exact: true }).waitFor();
    assert.equal(await codeField(p).getAttribute('autocomplete'), 'one-time-code');
    assert.ok(!(await rememberBox(p).isChecked()), '"remember" is not ticked');
    await main(p).getByText(en('two-factor-remember-shared'), { exact: true }).waitFor();
    assert.equal(await main(p).getByRole('group', { name: en('two-factor-remember-question') }).count(), 0, 'professionals do not choose a period');
    assert.equal(await link(main(p), 'two-factor-use-recovery').getAttribute('href'), '/login/recovery');
    assert.equal(await button(main(p), 'two-factor-send-again').count(), 0, 'no "send a new code" for an app');
    assert.equal(await p.getByRole('navigation', { name: en('nav-label') }).count(), 0, 'no menu before the code');
    if (label) await checker.check(p, label);
  }

  await step('a professional logs in and must set up two-factor: the wizard, the app, the recovery codes', async () => {
    page = await journey.person();
    await h.password(page, pro, '/two-factor/setup', 'login');
    await h.wizard(page, { method: 'app', required: true, duringLogin: true, label: 'professional' });
    // Until it is set up, nothing else opens; the wizard picks up where it was.
    const key = await page.locator('#manual-key').innerText();
    await page.goto(`${site}/account`);
    assert.equal(page.url(), `${site}/two-factor/setup`, 'other pages send back to the set-up');
    await page.goto(`${site}/two-factor/setup/app`);
    assert.equal(await page.locator('#manual-key').innerText(), key, 'the same key');
    proApp = await h.connectApp(page, fullName(pro), { label: 'professional', tryWrongCode: true });
    codes = await h.saveRecoveryCodes(page, pro, { intro: 'recovery-codes-intro-new', next: '/?done=two_factor_on', label: 'professional-recovery-codes' });
    await h.home(page, pro, 'two_factor_on');
    await checker.check(page, 'professional-home-two-factor-on');
  });

  await step('the application manager sets up their own app at their first login (professionals must)', async () => {
    // Here, so that it fills part of the professional's wait for the next code.
    mgr = await journey.person();
    await h.password(mgr, manager, '/two-factor/setup');
    await h.wizard(mgr, { method: 'app', required: true, duringLogin: true, label: 'manager' });
    await h.connectApp(mgr, fullName(manager), { label: 'manager' });
    await h.saveRecoveryCodes(mgr, manager, { intro: 'recovery-codes-intro-new', next: '/?done=two_factor_on', label: 'manager-recovery-codes' });
    await h.home(mgr, manager, 'two_factor_on');
  });

  await step('the professional logs out and in again with a code from the app, not remembering the device', async () => {
    await h.logOut(page);
    await h.password(page, pro, '/login/code');
    await expectCodePage(page, 'code');
    await codeField(page).fill(await proApp.code());
    await button(main(page), 'two-factor-verify').click();
    await h.home(page, pro);
    assert.equal(await deviceCookie(page), undefined, 'no remembered-device cookie');
  });

  await step('they log in with the next code and "Remember this device for 3 days"', async () => {
    await h.logOut(page);
    await h.password(page, pro, '/login/code');
    await expectCodePage(page);
    await rememberBox(page).check();
    await codeField(page).fill(await proApp.code());
    await button(main(page), 'two-factor-verify').click();
    await h.home(page, pro);
    const cookie = await deviceCookie(page);
    assert.ok(cookie, 'a remembered-device cookie');
    assert.ok(cookie.httpOnly, 'HttpOnly');
    const days = (cookie.expires - Date.now() / 1000) / 86_400;
    assert.ok(days > 2.99 && days <= 3.0001, `kept for the platform's 3 days (${days.toFixed(4)} days)`);
  });

  await step('on the remembered device, the next login asks no code', async () => {
    await h.logOut(page);
    await h.password(page, pro, '/');
    await h.home(page, pro);
    await checker.check(page, 'home-remembered-device');
  });

  await step('in another browser they log in with a recovery code and have 5 left', async () => {
    otherBrowser = await journey.person();
    await h.password(otherBrowser, pro, '/login/code');
    await expectCodePage(otherBrowser);
    await Promise.all([otherBrowser.waitForURL(`${site}/login/recovery`), link(main(otherBrowser), 'two-factor-use-recovery').click()]);
    await expectHeading(otherBrowser, en('two-factor-recovery-title'));
    await h.expectTitle(otherBrowser, en('two-factor-recovery-title'));
    await main(otherBrowser).getByText(en('two-factor-recovery-intro'), { exact: true }).waitFor();
    await main(otherBrowser).getByText(en('two-factor-help-professional', { platform: platformName }), { exact: true }).waitFor();
    assert.equal(await link(main(otherBrowser), 'two-factor-back-to-code').getAttribute('href'), '/login/code');
    const box = field(main(otherBrowser), 'field-recovery-code');
    assert.equal(await box.getAttribute('autocomplete'), 'off');
    await checker.check(otherBrowser, 'recovery');

    // Typed as people do: in lower case, and with a zero for an O, a one for
    // an I, an eight for a B (base32 has no 0, 1 or 8), when a code has one.
    const used = codes.find((c) => /[OIB]/.test(c)) ?? codes[0];
    await box.fill(used.replace(/O/g, '0').replace(/I/g, '1').replace(/B/g, '8').toLowerCase());
    const response = await postForPage(otherBrowser, site, '/login/recovery', button(main(otherBrowser), 'two-factor-verify'));
    assert.equal(response.status(), 200);
    await expectHeading(otherBrowser, en('two-factor-recovered-title'));
    await h.expectTitle(otherBrowser, en('two-factor-recovered-title'));
    const left = otherBrowser.getByRole('status');
    assert.equal((await left.innerText()).trim(), 'You have 5 recovery codes left.');
    await main(otherBrowser).getByText(en('two-factor-recovered-offer'), { exact: true }).waitFor();
    assert.equal(await link(main(otherBrowser), 'two-factor-set-up-again').getAttribute('href'), '/two-factor/setup');
    await checker.check(otherBrowser, 'recovered');
    await Promise.all([otherBrowser.waitForURL(`${site}/`), link(main(otherBrowser), 'two-factor-later').click()]);
    await h.home(otherBrowser, pro);
    assert.equal(await deviceCookie(otherBrowser), undefined, 'a recovery code does not remember the device');
  });

  await step('on their two-factor page they get new recovery codes and forget the remembered device', async () => {
    const p = otherBrowser;
    await h.openOwnTwoFactor(p, 'my-account');
    await main(p).getByText(textPattern('two-factor-status-app', {}, ['date'])).waitFor();
    await main(p).getByText(en('two-factor-rule-required', { platform: platformName }), { exact: true }).waitFor();
    const codesSection = main(p).getByRole('region', { name: en('recovery-codes-title'), exact: true });
    await codesSection.getByText('You have 5 recovery codes left.', { exact: true }).waitFor();
    const devices = main(p).getByRole('region', { name: en('two-factor-devices-heading'), exact: true });
    const rows = devices.getByRole('row').filter({ has: p.getByRole('cell') });
    assert.equal(await rows.count(), 1, 'one remembered device');
    assert.equal((await rows.first().getByRole('cell').first().innerText()).trim(), 'Chrome · Linux');
    const forget = devices.getByRole('button', { name: new RegExp(`^${en('two-factor-device-forget')}: Chrome · Linux, `) });
    await forget.waitFor();
    await checker.check(p, 'my-two-factor');

    // New codes outlast the session: the password first, then again.
    await button(codesSection, 'two-factor-renew-codes').click();
    await h.confirm(p, pro, '/account/two-factor', 'confirm');
    await Promise.all([
      p.waitForURL(`${site}/account/two-factor/recovery-codes`),
      button(main(p).getByRole('region', { name: en('recovery-codes-title'), exact: true }), 'two-factor-renew-codes').click(),
    ]);
    const renewed = await h.saveRecoveryCodes(p, pro, { intro: 'recovery-codes-intro-renewed', next: '/account/two-factor', label: 'recovery-codes-renewed' });
    assert.equal(renewed.filter((c) => codes.includes(c)).length, 0, 'all new codes');
    codes = renewed;
    await expectHeading(p, en('two-factor-title'));
    await main(p).getByRole('region', { name: en('recovery-codes-title'), exact: true }).getByText('You have 6 recovery codes left.', { exact: true }).waitFor();
    await checker.check(p, 'my-two-factor-renewed');

    await Promise.all([p.waitForURL(`${site}/account/two-factor?done=device_revoked`), forget.click()]);
    await notice(p, 'notice-device-revoked').waitFor();
    await devices.getByText(en('two-factor-devices-none'), { exact: true }).waitFor();
    assert.equal(await devices.getByRole('table').count(), 0);
    await checker.check(p, 'my-two-factor-device-forgotten');
    await h.logOut(p);
    await h.logOut(page);
  });

  await step('the application manager resets the professional\'s two-factor authentication', async () => {
    proUrl = await h.openAccount(mgr, pro);
    const section = h.accountTwoFactor(mgr);
    const status = (await section.getByRole('paragraph').first().innerText()).trim();
    // Worded from the manager's side: the professional's codes, not "your".
    assert.match(status, new RegExp(`^${textSource('two-factor-status-app', {}, ['date'])} ${pro.first} ${pro.last} has 6 recovery codes left\\.$`));
    await h.reset(mgr, pro, 'Lost phone and recovery codes (ticket 5120)', 'account-professional');
  });

  await step('on their own account page the manager finds no reset button, only whom to ask', async () => {
    const ownUrl = await h.openAccount(mgr, manager);
    assert.notEqual(ownUrl, proUrl);
    const section = h.accountTwoFactor(mgr);
    await section.getByText(new RegExp(`^${textSource('two-factor-status-app', {}, ['date'])} You have 6 recovery codes left\\.$`)).waitFor();
    await section.getByText(en('account-two-factor-own-hint'), { exact: true }).waitFor();
    assert.equal(await button(section, 'account-two-factor-reset').count(), 0, 'no reset button');
    assert.equal(await field(section, 'field-reason-optional').count(), 0, 'no reason field');
    await checker.check(mgr, 'account-own');
  });

  await step('the professional must set up again at the next login, and got an e-mail about the reset', async () => {
    await h.password(otherBrowser, pro, '/two-factor/setup');
    await expectHeading(otherBrowser, en('two-factor-setup-title'));
    await main(otherBrowser).getByText(en('two-factor-setup-required', { platform: platformName }), { exact: true }).waitFor();
    await checker.check(otherBrowser, 'setup-after-reset');
    await Promise.all([otherBrowser.waitForURL(`${site}/login`), button(main(otherBrowser), 'two-factor-cancel-login').click()]);
    await expectHeading(otherBrowser, en('login-title'));

    const subject = en('email-two-factor-reset-subject');
    const mail = await mailbox.waitFor((m) => sentTo(m, pro.email) && m.subject === subject, { what: `"${subject}" to ${pro.email}` });
    assert.ok(mail.text.includes(en.line('email-two-factor-reset-body', 0, { organisation_name: platformName })), mail.text);
  });
}

// ---- "Text Care": text messages, optional for clients ----------------------

async function smsJourney(journey, { name: platformName, domain, client, secretary, phone, phoneFile }) {
  const { server, checker, step, mailbox } = journey;
  const site = `http://${domain}:${server.port}`;
  const h = platformHelpers(site, platformName, checker);
  const smsFile = join(server.smsDir, phoneFile);

  let page; // the client's browser
  let sec; // the secretary's browser

  /** The text messages sent to the phone, one a line. */
  const messages = () => {
    try {
      return readFileSync(smsFile, 'utf8').split('\n').filter(Boolean);
    } catch (err) {
      if (err.code === 'ENOENT') return [];
      throw err;
    }
  };

  /** Waits for text message number `count` (counting from 1) and returns its code, checking its wording. */
  async function textMessageCode(count) {
    const deadline = Date.now() + 10_000;
    while (messages().length < count && Date.now() < deadline) await sleep(100);
    const all = messages();
    assert.equal(all.length, count, `text message number ${count} in ${smsFile}:\n${all.join('\n')}`);
    const text = all[count - 1];
    const m = /\b(\d{6})\b/.exec(text);
    assert.ok(m, `a 6-digit code in ${JSON.stringify(text)}`);
    assert.equal(text, en('sms-code-text', { code: m[1], platform: platformName }));
    return m[1];
  }

  await step('a client logs in with only her password (optional, not set up) and opens her two-factor page', async () => {
    page = await journey.person();
    await logIn(checker, page, site, client, 'login');
    await h.home(page, client);
    await h.openOwnTwoFactor(page, 'my-account');
    await main(page).getByText(en('two-factor-status-off'), { exact: true }).waitFor();
    await main(page).getByText(en('two-factor-rule-optional'), { exact: true }).waitFor();
    assert.equal(await main(page).getByRole('region', { name: en('recovery-codes-title') }).count(), 0, 'no recovery codes yet');
    await main(page).getByRole('region', { name: en('two-factor-devices-heading'), exact: true }).getByText(en('two-factor-devices-none'), { exact: true }).waitFor();
    await checker.check(page, 'my-two-factor-off');
  });

  await step('she sets it up by text message: wizard, phone number, code from the message, recovery codes', async () => {
    // Signed in already: a new second factor needs her password first.
    await link(main(page), 'two-factor-set-up').click();
    await h.confirm(page, client, '/two-factor/setup', 'confirm-client');
    await h.wizard(page, { method: 'sms', required: false, duringLogin: false, label: 'client' });
    await main(page).getByRole('heading', { level: 2, name: en('two-factor-sms-heading'), exact: true }).waitFor();
    const number = field(main(page), 'field-phone');
    assert.equal(await number.getAttribute('type'), 'tel');
    assert.equal(await number.getAttribute('autocomplete'), 'tel');
    await main(page).getByText(en('two-factor-phone-hint', { example: '07700 900123' }), { exact: true }).waitFor();
    await checker.check(page, 'setup-sms-phone');

    // A number with letters is refused, kept, and the field points at the error.
    await number.fill('06 1234 ABCD');
    const country = field(main(page), 'two-factor-phone-country');
    assert.equal(await country.inputValue(), 'gb', "the platform's country is chosen to begin with");
    const refused = await postForPage(page, site, '/two-factor/setup/sms', button(main(page), 'next'));
    assert.equal(refused.status(), 422);
    await page.getByRole('alert').filter({ hasText: en('error-phone-characters') }).waitFor();
    assert.equal(await number.inputValue(), '06 1234 ABCD', 'what was typed is kept');
    assert.equal(await number.getAttribute('aria-describedby'), 'phone-hint setup-error');
    assert.equal(messages().length, 0, 'no text message');
    await checker.check(page, 'setup-sms-phone-refused');

    // The number is read back in full, international form, before any code goes out.
    await number.fill(phone);
    const readBack = await postForPage(page, site, '/two-factor/setup/sms', button(main(page), 'next'));
    assert.equal(readBack.status(), 200);
    await main(page).getByRole('heading', { level: 2, name: en('two-factor-sms-check-heading'), exact: true }).waitFor();
    await main(page).getByText('+31 6 1234 5678', { exact: true }).waitFor();
    assert.equal(messages().length, 0, 'nothing sent before the number is confirmed');
    await checker.check(page, 'setup-sms-read-back');
    await Promise.all([page.waitForURL(`${site}/two-factor/setup/sms/code`), button(main(page), 'two-factor-send-code').click()]);
    await expectHeading(page, en('two-factor-setup-title'));
    await main(page).getByText(en('two-factor-setup-sms-sent', { digits: '78' }), { exact: true }).waitFor();
    await button(main(page), 'two-factor-send-again').waitFor();
    assert.equal(await link(main(page), 'two-factor-other-number').getAttribute('href'), '/two-factor/setup/sms');
    await checker.check(page, 'setup-sms-code');
    await field(main(page), 'field-code').fill(await textMessageCode(1));
    const response = await postForPage(page, site, '/two-factor/setup/confirm', button(main(page), 'two-factor-turn-on'));
    assert.equal(response.status(), 200, 'the code from the message turns it on');
    await h.saveRecoveryCodes(page, client, { intro: 'recovery-codes-intro-new', next: '/account/two-factor?done=two_factor_on', label: 'recovery-codes' });
    await expectHeading(page, en('two-factor-title'));
    await notice(page, 'notice-two-factor-on').waitFor();
    await main(page).getByText(textPattern('two-factor-status-sms', { digits: '78' }, ['date'])).waitFor();
    await main(page).getByRole('region', { name: en('recovery-codes-title'), exact: true }).getByText('You have 6 recovery codes left.', { exact: true }).waitFor();
    await checker.check(page, 'my-two-factor-sms');
  });

  await step('she logs out and in with the code from a new text message, choosing how long to be remembered', async () => {
    await h.logOut(page);
    await h.password(page, client, '/login/code');
    await expectHeading(page, en('two-factor-code-title'));
    await main(page).getByText(en('two-factor-code-sms'), { exact: true }).waitFor();
    const code = await textMessageCode(2);
    // Clients and friends choose the period; "no" is the default.
    const remember = main(page).getByRole('group', { name: en('two-factor-remember-question'), exact: true });
    const radios = remember.getByRole('radio');
    const names = [];
    for (let i = 0; i < await radios.count(); i += 1) names.push(await radios.nth(i).evaluate((el) => el.labels[0].textContent.trim()));
    assert.deepEqual(names, ['remember-never', 'remember-12-hours', 'remember-3-days', 'remember-1-week'].map((id) => en(id)));
    assert.ok(await remember.getByRole('radio', { name: en('remember-never'), exact: true }).isChecked());
    await button(main(page), 'two-factor-send-again').waitFor();
    assert.equal(await main(page).getByRole('checkbox').count(), 0, 'no professional\'s checkbox');
    await checker.check(page, 'code-sms');
    await field(main(page), 'field-code').fill(code);
    await button(main(page), 'two-factor-verify').click();
    await h.home(page, client);
    assert.equal(await deviceCookie(page), undefined, 'not remembered');
  });

  await step('a secretary resets the client\'s two-factor authentication', async () => {
    sec = await journey.person();
    await logIn(checker, sec, site, secretary, 'login-secretary');
    await h.home(sec, secretary);
    await h.openAccount(sec, client);
    const status = (await h.accountTwoFactor(sec).getByRole('paragraph').first().innerText()).trim();
    assert.match(status, new RegExp(`^${textSource('account-two-factor-status-sms', { digits: '78' }, ['date'])} ${client.first} ${client.last} has 6 recovery codes left\\.$`));
    await h.reset(sec, client, 'Asked by phone, new phone number', 'account-client');
  });

  await step('the client logs in with only her password again, and got an e-mail about the reset', async () => {
    await h.logOut(page);
    await h.password(page, client, '/');
    await h.home(page, client);
    assert.equal(messages().length, 2, 'no new text message');
    const subject = en('email-two-factor-reset-subject');
    const mail = await mailbox.waitFor((m) => sentTo(m, client.email) && m.subject === subject, { what: `"${subject}" to ${client.email}` });
    assert.ok(mail.text.includes(en.line('email-two-factor-reset-body', 0, { organisation_name: platformName })), mail.text);
  });
}
