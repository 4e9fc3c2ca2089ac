// Browser journeys for Kalm, in real Chromium (playwright-core, no bundled
// browser), with axe-core accessibility checks on every page visited.
//
// One journey, step by step: the service desk operator logs in on the
// console (by keyboard only) and creates a care platform with its first
// application manager; the manager activates their account and creates a
// professional and a client, and relates the two; the professional activates
// their account, sees the client on the home page and logs out.
//
// The machinery (server, browser, axe-core checks, steps) is in support.mjs.
//
// Run: cd e2e && npm ci && npm test      (see README.md for the env vars)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activationLinkOn, beginJourney, consoleSecondStep, expectHeading } from './support.mjs';

test('care platform journey: operator → application manager → professional and client', { timeout: 300_000 }, async (t) => {
  const journey = await beginJourney(t, 'journeys');
  if (!journey) return;
  const { server, checker, step } = journey;

  const operator = { email: 'desk@example.org', password: 'quiet-harbour-maple-97' };
  const manager = { first: 'Mara', last: 'Verhoeven', email: 'mara.verhoeven@example.org', password: 'lantern-orchard-pebble-42' };
  const pro = { first: 'Piet', last: 'Jansen', email: 'piet.jansen@example.org', password: 'copper-meadow-thistle-58' };
  const client = { first: 'Clara', last: 'de Vries', email: 'clara.devries@example.org' };
  const name = (p) => `${p.first} ${p.last}`;

  server.createOperator(operator.email, operator.password);
  await server.start();
  await journey.launch();
  const console_ = `http://admin.localhost:${server.port}`;
  const site = `http://journey.localhost:${server.port}`;

  let desk; let mgr; let proPage;
  let managerLink; let proLink; let clientLink;

  await step('operator logs in on the console with the keyboard only', async () => {
    desk = await journey.person();
    await desk.goto(`${console_}/`);
    assert.equal(new URL(desk.url()).pathname, '/login');
    await expectHeading(desk, 'Log in');
    await checker.check(desk, 'console-login');

    // The skip link is the first thing Tab reaches, shows on focus, and moves focus to main.
    await desk.keyboard.press('Tab');
    const first = await desk.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      return { tag: el.tagName, text: el.textContent.trim(), href: el.getAttribute('href'), onScreen: r.left >= 0 && r.top >= 0 && r.width > 0 };
    });
    assert.deepEqual(first, { tag: 'A', text: 'Skip to main content', href: '#main', onScreen: true }, 'first Tab stop is the visible skip link');
    await desk.keyboard.press('Enter');
    assert.equal(await desk.evaluate(() => document.activeElement.id), 'main', 'skip link moves focus to main');

    // The form is filled and sent with Tab, typing and Enter; focus is visible on each field.
    await desk.keyboard.press('Tab');
    const focused = () => desk.evaluate(() => {
      const el = document.activeElement;
      const label = el.labels && el.labels[0] ? el.labels[0].textContent.trim() : null;
      return { id: el.id, label, outline: getComputedStyle(el).outlineStyle };
    });
    const email = await focused();
    assert.equal(email.id, 'email');
    assert.equal(email.label, 'E-mail address');
    assert.notEqual(email.outline, 'none', 'keyboard focus on the e-mail field is visible');
    await desk.keyboard.type(operator.email);
    await desk.keyboard.press('Tab');
    const password = await focused();
    assert.equal(password.id, 'password');
    assert.equal(password.label, 'Password');
    assert.notEqual(password.outline, 'none', 'keyboard focus on the password field is visible');
    await desk.keyboard.type(operator.password);
    await desk.keyboard.press('Enter');
    // First login: the authenticator set-up the console requires, then home.
    await consoleSecondStep(checker, desk, console_, operator, 'console');
    await expectHeading(desk, 'Platforms');
    await desk.getByText(`Logged in as ${operator.email}`).waitFor();
    await checker.check(desk, 'console-platforms-empty');
  });

  await step('operator creates the platform "Journey Care"', async () => {
    await desk.getByRole('link', { name: 'New platform' }).click();
    await expectHeading(desk, 'New platform');
    assert.equal(new URL(desk.url()).pathname, '/platforms/new');
    await checker.check(desk, 'console-platform-new');

    await desk.getByLabel('Name', { exact: true }).fill('Journey Care');
    await desk.getByLabel('Domain', { exact: true }).fill('journey.localhost');
    await desk.getByLabel('Default language').selectOption('en');
    await desk.getByRole('group', { name: 'Kind' }).getByRole('radio', { name: 'Care platform' }).check();
    await desk.getByRole('button', { name: 'Create platform' }).click();
    await desk.waitForURL(/\/platforms\/[0-9a-f-]{36}$/);
    await expectHeading(desk, 'Journey Care');
    await desk.getByRole('link', { name: 'journey.localhost' }).waitFor();
    await checker.check(desk, 'console-platform');

    // And it is listed on the console's home page.
    await desk.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Platforms' }).click();
    await expectHeading(desk, 'Platforms');
    await desk.getByRole('table', { name: 'Platforms' }).getByRole('link', { name: 'Journey Care' }).waitFor();
    await checker.check(desk, 'console-platforms');
    await desk.getByRole('link', { name: 'Journey Care' }).click();
    await expectHeading(desk, 'Journey Care');
    await checker.check(desk, 'console-platform-again');
  });

  await step('operator adds the application manager and reads the activation link', async () => {
    const form = desk.getByRole('region', { name: 'Add an application manager' });
    await form.getByLabel('First name').fill(manager.first);
    await form.getByLabel('Surname').fill(manager.last);
    await form.getByLabel('E-mail address').fill(manager.email);
    await form.getByRole('button', { name: 'Add application manager' }).click();
    managerLink = await activationLinkOn(desk, site);
    await checker.check(desk, 'console-platform-manager-added');
  });

  await step('application manager activates their account and logs in', async () => {
    mgr = await journey.person();
    await mgr.goto(managerLink);
    await expectHeading(mgr, `Welcome, ${manager.first}`);
    await checker.check(mgr, 'activate-manager');
    await mgr.getByLabel('New password').fill(manager.password);
    await mgr.getByRole('button', { name: 'Save password and continue' }).click();
    await mgr.waitForURL(`${site}/login?done=account_activated`);
    await expectHeading(mgr, 'Log in');
    await mgr.getByRole('status').filter({ hasText: 'Your password is saved. You can log in now.' }).waitFor();
    await checker.check(mgr, 'login-after-activation');

    await mgr.getByLabel('E-mail address').fill(manager.email);
    await mgr.getByLabel('Password', { exact: true }).fill(manager.password);
    await mgr.getByRole('button', { name: 'Log in' }).click();
    await mgr.waitForURL(`${site}/`);
    await expectHeading(mgr, `Welcome, ${manager.first}`);
    await mgr.getByText('You manage the accounts of this platform.').waitFor();
    await checker.check(mgr, 'home-manager');
  });

  await step('application manager creates a professional account', async () => {
    await mgr.getByRole('main').getByRole('link', { name: 'New account' }).click();
    await mgr.waitForURL(`${site}/accounts/new`);
    await expectHeading(mgr, 'New account');
    await checker.check(mgr, 'account-new');

    await mgr.getByRole('group', { name: 'Account type' }).getByRole('radio', { name: 'Professional account' }).check();
    await mgr.getByRole('group', { name: 'Roles (for professional accounts)' }).getByRole('checkbox', { name: 'Professional', exact: true }).check();
    await mgr.getByLabel('First name').fill(pro.first);
    await mgr.getByLabel('Surname').fill(pro.last);
    await mgr.getByLabel('E-mail address').fill(pro.email);
    await mgr.getByRole('button', { name: 'Create account' }).click();
    await expectHeading(mgr, name(pro));
    await mgr.getByRole('status').filter({ hasText: 'The account is created.' }).waitFor();
    proLink = await activationLinkOn(mgr, site);
    await checker.check(mgr, 'account-professional-created');
  });

  await step('application manager sees the professional in the account list', async () => {
    await mgr.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Accounts' }).click();
    await mgr.waitForURL(`${site}/accounts`);
    await expectHeading(mgr, 'Accounts');
    const table = mgr.getByRole('table', { name: 'Accounts' });
    await table.getByRole('link', { name: name(pro) }).waitFor();
    await table.getByRole('link', { name: name(manager) }).waitFor();
    await checker.check(mgr, 'accounts');

    // The search filter, by label.
    await mgr.getByLabel('Name or e-mail address').fill(pro.last);
    await mgr.getByRole('button', { name: 'Apply filter' }).click();
    await mgr.waitForURL(/\/accounts\?q=Jansen/);
    await mgr.getByRole('status').filter({ hasText: '1 account found.' }).waitFor();
    await table.getByRole('link', { name: name(pro) }).waitFor();
    await checker.check(mgr, 'accounts-filtered');
  });

  await step('application manager creates a client account', async () => {
    await mgr.getByRole('link', { name: 'New account' }).click();
    await mgr.waitForURL(`${site}/accounts/new`);
    await expectHeading(mgr, 'New account');
    await checker.check(mgr, 'account-new-again');
    await mgr.getByRole('group', { name: 'Account type' }).getByRole('radio', { name: 'Client' }).check();
    await mgr.getByLabel('First name').fill(client.first);
    await mgr.getByLabel('Surname').fill(client.last);
    await mgr.getByLabel('E-mail address').fill(client.email);
    await mgr.getByRole('button', { name: 'Create account' }).click();
    await expectHeading(mgr, name(client));
    await mgr.getByRole('status').filter({ hasText: 'The account is created.' }).waitFor();
    clientLink = await activationLinkOn(mgr, site);
    assert.notEqual(clientLink, proLink);
    await mgr.getByText('No professional is linked to this client yet.').waitFor();
    await checker.check(mgr, 'account-client-created');
  });

  await step('application manager relates the client to the professional', async () => {
    const select = mgr.getByRole('combobox', { name: 'Professional', exact: true });
    assert.equal(await select.getAttribute('id'), 'professional_id');
    await select.selectOption({ label: name(pro) });
    await mgr.getByRole('button', { name: 'Link', exact: true }).click();
    await mgr.waitForURL(/\/accounts\/[0-9a-f-]{36}\?done=relation_added$/);
    await expectHeading(mgr, name(client));
    await mgr.getByRole('status').filter({ hasText: 'The client and the professional are now linked.' }).waitFor();
    const pros = mgr.getByRole('region', { name: 'Professionals' });
    await pros.getByRole('listitem').filter({ hasText: name(pro) }).waitFor();
    await pros.getByRole('button', { name: `End the link with ${name(pro)}` }).waitFor();
    await checker.check(mgr, 'account-client-related');
  });

  await step('professional activates their account and logs in', async () => {
    proPage = await journey.person();
    await proPage.goto(proLink);
    await expectHeading(proPage, `Welcome, ${pro.first}`);
    await checker.check(proPage, 'activate-professional');
    await proPage.getByLabel('New password').fill(pro.password);
    await proPage.getByRole('button', { name: 'Save password and continue' }).click();
    await proPage.waitForURL(`${site}/login?done=account_activated`);
    await checker.check(proPage, 'login-after-activation-professional');
    await proPage.getByLabel('E-mail address').fill(pro.email);
    await proPage.getByLabel('Password', { exact: true }).fill(pro.password);
    await proPage.getByRole('button', { name: 'Log in' }).click();
    await proPage.waitForURL(`${site}/`);
  });

  await step('professional sees the client on the home page', async () => {
    await expectHeading(proPage, `Welcome, ${pro.first}`);
    await proPage.getByRole('heading', { level: 2, name: 'Your clients' }).waitFor();
    await proPage.getByRole('main').getByRole('list').getByRole('link', { name: name(client) }).waitFor();
    await proPage.getByText(`Logged in as ${name(pro)}`).waitFor();
    await checker.check(proPage, 'home-professional');
  });

  await step('professional logs out and ends on the login page', async () => {
    await proPage.getByRole('button', { name: 'Log out' }).click();
    await proPage.waitForURL(`${site}/login`);
    await expectHeading(proPage, 'Log in');
    await proPage.getByText('Log in to Journey Care with your e-mail address and password.').waitFor();
    assert.equal(await proPage.getByRole('button', { name: 'Log out' }).count(), 0);
    await checker.check(proPage, 'login-after-logout');
    // The session is really gone: the home page sends back to the login page.
    await proPage.goto(`${site}/`);
    assert.equal(proPage.url(), `${site}/login`);
    await checker.check(proPage, 'login-signed-out-redirect');
  });

  await step('operator logs in again: a wrong code is refused, the code from the app lets them in', async () => {
    const again = await journey.person();
    await again.goto(`${console_}/login`);
    await again.getByLabel('E-mail address').fill(operator.email);
    await again.getByLabel('Password', { exact: true }).fill(operator.password);
    await Promise.all([again.waitForURL(`${console_}/login/code`), again.getByRole('button', { name: 'Log in' }).click()]);
    await expectHeading(again, 'Enter your code');
    // Half logged in, the console shows nothing else.
    await again.goto(`${console_}/`);
    assert.equal(again.url(), `${console_}/login/code`, 'the platforms wait for the code');
    await again.getByRole('link', { name: 'Lost your phone? Log in with a recovery code' }).click();
    await again.waitForURL(`${console_}/login/recovery`);
    await again.getByText('kalm operator two-factor reset', { exact: false }).waitFor();
    await checker.check(again, 'console-recovery');
    await again.getByRole('link', { name: 'Back to entering a code' }).click();
    await again.waitForURL(`${console_}/login/code`);
    const right = await operator.authenticator.code();
    await again.getByLabel('Code', { exact: true }).fill(String((Number(right) + 500_000) % 1_000_000).padStart(6, '0'));
    await again.getByRole('button', { name: 'Log in' }).click();
    await again.getByRole('alert').filter({ hasText: 'This code is not right.' }).waitFor();
    await checker.check(again, 'console-code-wrong');
    await again.getByLabel('Code', { exact: true }).fill(right);
    await Promise.all([again.waitForURL(`${console_}/`), again.getByRole('button', { name: 'Log in' }).click()]);
    await expectHeading(again, 'Platforms');
    await again.getByRole('link', { name: 'Journey Care' }).first().waitFor();
  });

});
