// Browser journey for a forgotten password, in real Chromium with axe-core on
// every page visited (machinery in support.mjs).
//
// The platform "Reset Care" (English) and a client with a password are made
// with the CLI. The client follows "Forgot your password?" on the login page
// and asks for a link; an unknown address gets the very same answer. The
// link comes by e-mail (an .eml file in the server's mail folder); she opens
// it, chooses a new password, lands on the login page with a notice, finds
// that her old password no longer works, logs in with the new one and logs
// out. The link works once, and it ended the session she had on another
// device.
//
// Texts come from locales/en/main.ftl through en('message-id'), so copy
// edits there do not break the journey; data (names, e-mail) is literal.
//
// Run: cd e2e && npm ci && npm test      (see README.md for the env vars)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beginJourney, englishTexts, expectHeading, logIn, sentTo } from './support.mjs';

test('password reset journey: forgot password → e-mail → reset link → new password', { timeout: 180_000 }, async (t) => {
  const journey = await beginJourney(t, 'password-reset');
  if (!journey) return;
  const { server, checker, step, mailbox } = journey;
  const en = englishTexts();

  const platformName = 'Reset Care';
  const client = { first: 'Robin', last: 'Okafor', email: 'robin.okafor@example.org', password: 'copper-meadow-kettle-27' };
  const newPassword = 'saffron-glacier-pencil-94';
  const unknownEmail = 'nobody.here@example.org';

  server.cli(['platform', 'create', '--name', platformName, '--domain', 'reset.localhost', '--language', 'en']);
  server.cli([
    'account', 'create', '--platform', 'reset.localhost', '--type', 'client',
    '--email', client.email, '--first-name', client.first, '--last-name', client.last, '--password-stdin',
  ], `${client.password}\n`);

  await server.start();
  await journey.launch();
  const site = `http://reset.localhost:${server.port}`;

  let page;
  let otherDevice;
  let forgotAnswer;
  let resetLink;

  /** The login form of the current page, filled in and sent. */
  async function submitLogin(email, password) {
    await page.getByLabel(en('field-email'), { exact: true }).fill(email);
    await page.getByLabel(en('field-password'), { exact: true }).fill(password);
    await page.getByRole('button', { name: en('login-submit'), exact: true }).click();
  }

  /** Asks for a reset link for `email` on the forgot page; returns the answer's text. */
  async function askForLink(email, label) {
    await page.goto(`${site}/forgot-password`);
    await expectHeading(page, en('forgot-title'));
    await page.getByRole('main').getByText(en('forgot-intro'), { exact: true }).waitFor();
    await page.getByLabel(en('field-email'), { exact: true }).fill(email);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/forgot-password' && r.status() === 200),
      page.getByRole('button', { name: en('forgot-submit'), exact: true }).click(),
    ]);
    await page.waitForLoadState('load');
    await expectHeading(page, en('forgot-title'));
    await page.getByRole('status').filter({ hasText: en('forgot-sent') }).waitFor();
    assert.equal((await page.getByRole('status').innerText()).trim(), en('forgot-sent'));
    assert.equal(await page.getByLabel(en('field-email'), { exact: true }).count(), 0, 'no form any more');
    assert.equal(await page.getByRole('main').getByRole('link', { name: en('forgot-back-to-login'), exact: true }).getAttribute('href'), '/login');
    await checker.check(page, label);
    return page.getByRole('main').innerText();
  }

  await step('she is logged in on another device (to see that the reset ends that session)', async () => {
    otherDevice = await journey.person();
    await logIn(checker, otherDevice, site, client, 'login-other-device');
    await expectHeading(otherDevice, en('home-welcome', { name: client.first }));
  });

  await step('"Forgot your password?" on the login page asks for her address and answers neutrally', async () => {
    page = await journey.person();
    await page.goto(`${site}/`);
    assert.equal(page.url(), `${site}/login`);
    await expectHeading(page, en('login-title'));
    await checker.check(page, 'login');
    await Promise.all([
      page.waitForURL(`${site}/forgot-password`),
      page.getByRole('link', { name: en('login-forgot-link'), exact: true }).click(),
    ]);
    await expectHeading(page, en('forgot-title'));
    assert.equal(await page.title(), `${en('forgot-title')} · ${platformName}`);
    await page.getByRole('main').getByText(en('forgot-intro'), { exact: true }).waitFor();
    await checker.check(page, 'forgot');
    forgotAnswer = await askForLink(client.email, 'forgot-sent');
  });

  await step('an unknown address gets the very same answer', async () => {
    const answer = await askForLink(unknownEmail, 'forgot-sent-unknown');
    assert.equal(answer, forgotAnswer, 'the page does not tell whether the address has an account');
  });

  await step('the reset e-mail comes, in English, with a link to this platform', async () => {
    const subject = en('email-password-reset-subject', { organisation_name: platformName });
    const mail = await mailbox.waitFor((m) => sentTo(m, client.email) && m.subject === subject, { what: `"${subject}" to ${client.email}` });
    assert.ok(mail.from.includes(platformName), `sent in the platform's name (From: ${mail.from})`);
    const greeting = en('email-greeting-first-name', { first_name: client.first });
    const firstLine = en.line('email-password-reset-body', 0, { organisation_name: platformName });
    assert.ok(mail.text.startsWith(`${greeting}\n`), `the text starts with ${JSON.stringify(greeting)}:\n${mail.text}`);
    assert.ok(mail.text.includes(firstLine), `the text has ${JSON.stringify(firstLine)}:\n${mail.text}`);
    const links = mail.text.match(/https?:\/\/\S+\/reset\/\S+/g) ?? [];
    assert.equal(links.length, 1, `one reset link in the text:\n${mail.text}`);
    [resetLink] = links;
    assert.match(resetLink, new RegExp(`^${site.replace(/[.]/g, '\\.')}/reset/[A-Za-z0-9_-]{20,}$`), 'a link to this platform, with a long token');
    assert.ok(mail.html.includes(`<a href="${resetLink}">`), 'the HTML part links to the same address');
  });

  await step('she opens the link and chooses a new password', async () => {
    const response = await page.goto(resetLink);
    assert.equal(response.status(), 200);
    await expectHeading(page, en('reset-title'));
    assert.equal(await page.title(), `${en('reset-title')} · ${platformName}`);
    await page.getByRole('main').getByText(en('password-rules'), { exact: true }).waitFor();
    const field = page.getByLabel(en('field-new-password'), { exact: true });
    assert.equal(await field.getAttribute('autocomplete'), 'new-password');
    await checker.check(page, 'reset');
    await field.fill(newPassword);
    await Promise.all([
      page.waitForURL(`${site}/login?done=password_reset`),
      page.getByRole('button', { name: en('reset-submit'), exact: true }).click(),
    ]);
    await expectHeading(page, en('login-title'));
    await page.getByRole('status').filter({ hasText: en('notice-password-reset') }).waitFor();
    await checker.check(page, 'login-password-reset');
  });

  await step('the old password no longer works; the new one does; she logs out', async () => {
    await submitLogin(client.email, client.password);
    await page.getByRole('alert').filter({ hasText: en('error-login-failed') }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/login', 'still on the login page');
    await checker.check(page, 'login-old-password-refused');

    await Promise.all([page.waitForURL(`${site}/`), submitLogin(client.email, newPassword)]);
    await expectHeading(page, en('home-welcome', { name: client.first }));
    await checker.check(page, 'home');

    await Promise.all([
      page.waitForURL(`${site}/login`),
      page.getByRole('button', { name: en('logout'), exact: true }).click(),
    ]);
    await expectHeading(page, en('login-title'));
    assert.equal(await page.getByRole('button', { name: en('logout'), exact: true }).count(), 0);
    await checker.check(page, 'login-after-logout');
    await page.goto(`${site}/`);
    assert.equal(page.url(), `${site}/login`, 'signed out for real');
  });

  await step('the link works once, the other device is signed out, and "password changed" follows', async () => {
    const again = await page.goto(resetLink);
    assert.equal(again.status(), 404);
    await expectHeading(page, en('error-title'));
    await page.getByRole('alert').filter({ hasText: en('error-reset-link-invalid') }).waitFor();
    assert.equal(await page.getByLabel(en('field-new-password'), { exact: true }).count(), 0);
    await checker.check(page, 'reset-link-used');

    await otherDevice.goto(`${site}/`);
    assert.equal(otherDevice.url(), `${site}/login`, 'the reset ended the session on the other device');

    const changed = await mailbox.waitFor(
      (m) => sentTo(m, client.email) && m.subject === en('email-password-changed-subject'),
      { what: `"password changed" to ${client.email}` },
    );
    assert.ok(changed.text.startsWith(`${en('email-greeting-first-name', { first_name: client.first })}\n`));
    // Both e-mails were queued after the request for the unknown address, and
    // a delivery round sends everything due, so by now it would be here too.
    const all = mailbox.all();
    assert.deepEqual(all.filter((m) => sentTo(m, unknownEmail)), [], 'no e-mail to the unknown address');
    assert.deepEqual(all.map((m) => [m.to, m.subject]), [
      [client.email, en('email-password-reset-subject', { organisation_name: platformName })],
      [client.email, en('email-password-changed-subject')],
    ], 'exactly the reset e-mail and "password changed"');
  });
});
