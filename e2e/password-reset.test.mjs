// Browser journey for a forgotten password, in real Chromium with axe-core on
// every page visited (machinery in support.mjs), once on a platform whose
// default language is English ("Reset Care") and once on one whose default
// is Dutch ("Herstel Zorg"), so the e-mails are checked in both.
//
// The platform and a client with a password are made with the CLI. The
// client follows "Forgot your password?" on the login page and asks for a
// link; an unknown address gets the very same answer. The link comes by
// e-mail (an .eml file in the server's mail folder) in the platform's
// language; she opens it, chooses a new password, lands on the login page
// with a notice, finds that her old password no longer works, logs in with
// the new one and logs out. The link works once, and it ended the session
// she had on another device.
//
// Both languages run at the same time on one server (one platform each, so
// their e-mail waits overlap); KALM_E2E_SERIAL=1 runs them one after the
// other. Screenshots and axe-report.json go to artifacts/password-reset-<lang>/,
// the server log and the e-mails to artifacts/password-reset/.
//
// Texts come from locales/<lang>/*.ftl through localeTexts(lang), so copy
// edits there do not break the journey; data (names, e-mail) is literal.
//
// Run: cd e2e && npm ci && npm test      (see README.md for the env vars)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beginSharedRun, expectHeading, localeTexts, logIn, sentTo } from './support.mjs';

/** One platform per language, each with its own client (data, not texts). */
const PLATFORMS = [
  {
    lang: 'en',
    locale: 'en-GB',
    name: 'Reset Care',
    domain: 'reset.localhost',
    client: { first: 'Robin', last: 'Okafor', email: 'robin.okafor@example.org', password: 'copper-meadow-kettle-27' },
    newPassword: 'saffron-glacier-pencil-94',
    unknownEmail: 'nobody.here@example.org',
  },
  {
    lang: 'nl',
    locale: 'nl-NL',
    name: 'Herstel Zorg',
    domain: 'herstel.localhost',
    client: { first: 'Fenna', last: 'Bosman', email: 'fenna.bosman@example.org', password: 'koper-weide-ketel-27' },
    newPassword: 'saffraan-gletsjer-potlood-94',
    unknownEmail: 'niemand.hier@example.org',
  },
];

test('password reset journey: forgot password → e-mail → reset link → new password (en, nl)', { timeout: 240_000, concurrency: true }, async (t) => {
  const run = await beginSharedRun(t, 'password-reset');
  if (!run) return;
  for (const p of PLATFORMS) {
    run.server.cli(['platform', 'create', '--name', p.name, '--domain', p.domain, '--language', p.lang]);
    run.server.cli([
      'account', 'create', '--platform', p.domain, '--type', 'client',
      '--email', p.client.email, '--first-name', p.client.first, '--last-name', p.client.last, '--password-stdin',
    ], `${p.client.password}\n`);
  }
  await run.server.start();
  await run.launch();
  await run.each(PLATFORMS, {
    title: (p) => `password reset in ${p.lang} ("${p.name}", default language ${p.lang})`,
    journeyName: (p) => `password-reset-${p.lang}`,
  }, resetJourney);
});

async function resetJourney(journey, { lang, locale, name: platformName, domain, client, newPassword, unknownEmail }) {
  const { server, checker, step, mailbox } = journey;
  const tr = localeTexts(lang);
  const site = `http://${domain}:${server.port}`;

  let page;
  let otherDevice;
  let forgotAnswer;
  let resetLink;

  /** The login form of the current page, filled in and sent. */
  async function submitLogin(email, password) {
    await page.getByLabel(tr('field-email'), { exact: true }).fill(email);
    await page.getByLabel(tr('field-password'), { exact: true }).fill(password);
    await page.getByRole('button', { name: tr('login-submit'), exact: true }).click();
  }

  /** Asks for a reset link for `email` on the forgot page; returns the answer's text. */
  async function askForLink(email, label) {
    await page.goto(`${site}/forgot-password`);
    await expectHeading(page, tr('forgot-title'));
    await page.getByRole('main').getByText(tr('forgot-intro'), { exact: true }).waitFor();
    await page.getByLabel(tr('field-email'), { exact: true }).fill(email);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/forgot-password' && r.status() === 200),
      page.getByRole('button', { name: tr('forgot-submit'), exact: true }).click(),
    ]);
    await page.waitForLoadState('load');
    await expectHeading(page, tr('forgot-title'));
    await page.getByRole('status').filter({ hasText: tr('forgot-sent') }).waitFor();
    assert.equal((await page.getByRole('status').innerText()).trim(), tr('forgot-sent'));
    assert.equal(await page.getByLabel(tr('field-email'), { exact: true }).count(), 0, 'no form any more');
    assert.equal(await page.getByRole('main').getByRole('link', { name: tr('forgot-back-to-login'), exact: true }).getAttribute('href'), '/login');
    await checker.check(page, label);
    return page.getByRole('main').innerText();
  }

  await step('she is logged in on another device (to see that the reset ends that session)', async () => {
    otherDevice = await journey.person({ locale });
    await logIn(checker, otherDevice, site, client, 'login-other-device', tr);
    await expectHeading(otherDevice, tr('home-welcome', { name: client.first }));
  });

  await step('"Forgot your password?" on the login page asks for her address and answers neutrally', async () => {
    page = await journey.person({ locale });
    await page.goto(`${site}/`);
    assert.equal(page.url(), `${site}/login`);
    assert.equal(await page.locator('html').getAttribute('lang'), lang, '<html lang>');
    await expectHeading(page, tr('login-title'));
    await checker.check(page, 'login');
    await Promise.all([
      page.waitForURL(`${site}/forgot-password`),
      page.getByRole('link', { name: tr('login-forgot-link'), exact: true }).click(),
    ]);
    await expectHeading(page, tr('forgot-title'));
    assert.equal(await page.title(), `${tr('forgot-title')} · ${platformName}`);
    await page.getByRole('main').getByText(tr('forgot-intro'), { exact: true }).waitFor();
    await checker.check(page, 'forgot');
    forgotAnswer = await askForLink(client.email, 'forgot-sent');
  });

  await step('an unknown address gets the very same answer', async () => {
    const answer = await askForLink(unknownEmail, 'forgot-sent-unknown');
    assert.equal(answer, forgotAnswer, 'the page does not tell whether the address has an account');
  });

  await step('the reset e-mail comes, in the platform\'s language, with a link to this platform', async () => {
    const subject = tr('email-password-reset-subject', { organisation_name: platformName });
    const mail = await mailbox.waitFor((m) => sentTo(m, client.email) && m.subject === subject, { what: `"${subject}" to ${client.email}` });
    assert.ok(mail.from.includes(platformName), `sent in the platform's name (From: ${mail.from})`);
    const greeting = tr('email-greeting-first-name', { first_name: client.first });
    const firstLine = tr.line('email-password-reset-body', 0, { organisation_name: platformName });
    assert.ok(mail.text.startsWith(`${greeting}\n`), `the text starts with ${JSON.stringify(greeting)}:\n${mail.text}`);
    assert.ok(mail.text.includes(firstLine), `the text has ${JSON.stringify(firstLine)}:\n${mail.text}`);
    const links = mail.text.match(/https?:\/\/\S+\/reset\/\S+/g) ?? [];
    assert.equal(links.length, 1, `one reset link in the text:\n${mail.text}`);
    [resetLink] = links;
    assert.match(resetLink, new RegExp(`^${site.replace(/[.]/g, '\\.')}/reset/[A-Za-z0-9_-]{20,}$`), 'a link to this platform, with a long token');
    assert.match(mail.html, new RegExp(`<html lang="${lang}">`), 'the HTML part is in the same language');
    assert.ok(mail.html.includes(`<a href="${resetLink}" `), 'the HTML part links to the same address');
  });

  await step('she opens the link and chooses a new password', async () => {
    const response = await page.goto(resetLink);
    assert.equal(response.status(), 200);
    await expectHeading(page, tr('reset-title'));
    assert.equal(await page.title(), `${tr('reset-title')} · ${platformName}`);
    await page.getByRole('main').getByText(tr('password-rules'), { exact: true }).waitFor();
    const field = page.getByLabel(tr('field-new-password'), { exact: true });
    assert.equal(await field.getAttribute('autocomplete'), 'new-password');
    await checker.check(page, 'reset');
    await field.fill(newPassword);
    await Promise.all([
      page.waitForURL(`${site}/login?done=password_reset`),
      page.getByRole('button', { name: tr('reset-submit'), exact: true }).click(),
    ]);
    await expectHeading(page, tr('login-title'));
    await page.getByRole('status').filter({ hasText: tr('notice-password-reset') }).waitFor();
    await checker.check(page, 'login-password-reset');
  });

  await step('the old password no longer works; the new one does; she logs out', async () => {
    await submitLogin(client.email, client.password);
    await page.getByRole('alert').filter({ hasText: tr('error-login-failed') }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/login', 'still on the login page');
    await checker.check(page, 'login-old-password-refused');

    await Promise.all([page.waitForURL(`${site}/`), submitLogin(client.email, newPassword)]);
    await expectHeading(page, tr('home-welcome', { name: client.first }));
    await checker.check(page, 'home');

    await Promise.all([
      page.waitForURL(`${site}/login`),
      page.getByRole('button', { name: tr('logout'), exact: true }).click(),
    ]);
    await expectHeading(page, tr('login-title'));
    assert.equal(await page.getByRole('button', { name: tr('logout'), exact: true }).count(), 0);
    await checker.check(page, 'login-after-logout');
    await page.goto(`${site}/`);
    assert.equal(page.url(), `${site}/login`, 'signed out for real');
  });

  await step('the link works once, the other device is signed out, and "password changed" follows', async () => {
    const again = await page.goto(resetLink);
    assert.equal(again.status(), 404);
    await expectHeading(page, tr('error-title'));
    await page.getByRole('alert').filter({ hasText: tr('error-reset-link-invalid') }).waitFor();
    assert.equal(await page.getByLabel(tr('field-new-password'), { exact: true }).count(), 0);
    await checker.check(page, 'reset-link-used');

    await otherDevice.goto(`${site}/`);
    assert.equal(otherDevice.url(), `${site}/login`, 'the reset ended the session on the other device');

    const changed = await mailbox.waitFor(
      (m) => sentTo(m, client.email) && m.subject === tr('email-password-changed-subject'),
      { what: `"password changed" to ${client.email}` },
    );
    assert.ok(changed.text.startsWith(`${tr('email-greeting-first-name', { first_name: client.first })}\n`));
    const changedText = tr.lines('email-password-changed-body', { organisation_name: platformName }).join('\n\n');
    assert.ok(changed.text.includes(changedText), `the text has ${JSON.stringify(changedText)}:\n${changed.text}`);
    assert.match(changed.html, new RegExp(`<html lang="${lang}">`), 'the HTML part is in the same language');
    // Both e-mails were queued after the request for the unknown address, and
    // a delivery round sends everything due, so by now it would be here too.
    // The other language's platform shares the mail folder: look at this
    // platform's e-mails (sent in its name, or to one of these addresses).
    const all = mailbox.all().filter((m) => m.from.includes(platformName) || sentTo(m, client.email) || sentTo(m, unknownEmail));
    assert.deepEqual(all.filter((m) => sentTo(m, unknownEmail)), [], 'no e-mail to the unknown address');
    assert.deepEqual(all.map((m) => [m.to, m.subject]), [
      [client.email, tr('email-password-reset-subject', { organisation_name: platformName })],
      [client.email, tr('email-password-changed-subject')],
    ], 'exactly the reset e-mail and "password changed"');
  });
}
