// Browser journeys for Kalm, in real Chromium (playwright-core, no bundled
// browser), with axe-core accessibility checks on every page visited.
//
// One journey, step by step: the service desk operator logs in on the
// console (by keyboard only) and creates a care platform with its first
// application manager; the manager activates their account and creates a
// professional and a client, and relates the two; the professional activates
// their account, sees the client on the home page and logs out.
//
// Run: cd e2e && npm ci && npm test      (see README.md for the env vars)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const ARTIFACTS = join(here, 'artifacts');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'];
const REQUIRE_ALL = process.env.KALM_REQUIRE_ALL === '1';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The kalm binary: $KALM_BIN, then $CARGO_TARGET_DIR/debug/kalm, then ../target/debug/kalm. */
function kalmBinary() {
  if (process.env.KALM_BIN) return resolve(process.env.KALM_BIN);
  if (process.env.CARGO_TARGET_DIR) return resolve(process.env.CARGO_TARGET_DIR, 'debug', 'kalm');
  return resolve(here, '..', 'target', 'debug', 'kalm');
}

/** What is missing to run the journeys, or null when everything is there. */
function missingPrerequisite(bin) {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM} (apt-get install chromium)`;
  if (!existsSync(bin)) return `kalm binary not found at ${bin} (cargo build -p kalm, or set KALM_BIN)`;
  return null;
}

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/** Runs kalm serve in its own temp dir and stops it again. */
class KalmServer {
  constructor(bin) {
    this.bin = bin;
    this.dir = mkdtempSync(join(tmpdir(), 'kalm-e2e-'));
    this.databaseUrl = `sqlite://${join(this.dir, 'kalm.db')}`;
    this.child = null;
    this.exited = null;
    this.logTail = [];
  }

  env() {
    // The temp dir is the working directory, so no ./kalm.toml is picked up;
    // drop KALM_* settings from the caller's shell for the same reason.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('KALM_')));
    return { ...env, NO_COLOR: '1' };
  }

  createOperator(email, password) {
    const res = spawnSync(this.bin, ['operator', 'create', '--email', email, '--password-stdin', '--database-url', this.databaseUrl], {
      cwd: this.dir,
      env: this.env(),
      input: `${password}\n`,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(res.status, 0, `kalm operator create failed (status ${res.status}):\n${res.stdout}\n${res.stderr}`);
  }

  async start() {
    this.port = await freePort();
    const log = createWriteStream(join(ARTIFACTS, 'server.log'));
    this.child = spawn(this.bin, ['serve', '--listen', `127.0.0.1:${this.port}`, '--database-url', this.databaseUrl], {
      cwd: this.dir,
      env: this.env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk) => {
      log.write(chunk);
      this.logTail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      this.logTail.splice(0, Math.max(0, this.logTail.length - 40));
    };
    this.child.stdout.on('data', keep);
    this.child.stderr.on('data', keep);
    this.exitedPromise = new Promise((ok) => {
      this.child.on('exit', (code, signal) => { this.exited = { code, signal }; log.end(); ok(); });
      // A binary that cannot be started (not executable, wrong arch) may never emit 'exit'.
      this.child.on('error', (err) => { this.logTail.push(`spawn error: ${err.message}`); this.exited = { error: err.message }; ok(); });
    });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (this.exited) break;
      try {
        const res = await fetch(`http://127.0.0.1:${this.port}/healthz`);
        if (res.status === 200) return;
      } catch { /* not listening yet */ }
      await sleep(100);
    }
    throw new Error(`kalm serve did not become healthy (exit: ${JSON.stringify(this.exited)}):\n${this.logTail.join('\n')}`);
  }

  async stop() {
    if (this.child && !this.exited) {
      this.child.kill('SIGTERM');
      const stopped = await Promise.race([this.exitedPromise.then(() => true), sleep(10_000, false, { ref: false })]);
      if (!stopped) {
        this.child.kill('SIGKILL');
        await this.exitedPromise;
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Checks each page visited: axe (desktop and phone) plus a full-page screenshot. */
class PageChecker {
  constructor() {
    this.count = 0;
    this.results = [];
  }

  async axe(page) {
    await page.addScriptTag({ path: AXE_PATH });
    return page.evaluate(async (tags) => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
      const nodes = (n) => n.nodes.map((x) => ({ target: x.target.join(' '), summary: x.failureSummary }));
      return {
        violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: nodes(v) })),
        incomplete: r.incomplete.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: nodes(v) })),
        passes: r.passes.length,
      };
    }, AXE_TAGS);
  }

  /** Runs axe and takes a screenshot in the current viewport; returns the blocking violations. */
  async checkOnce(page, label, viewportName) {
    const file = `${String(this.count).padStart(2, '0')}-${label}-${viewportName}.png`;
    await page.screenshot({ path: join(ARTIFACTS, file), fullPage: true });
    const r = await this.axe(page);
    this.results.push({ page: label, viewport: viewportName, url: page.url(), screenshot: file, ...r });
    for (const v of r.violations) {
      const where = v.nodes.map((n) => `      ${n.target}`).join('\n');
      const msg = `axe ${v.impact} ${v.id} on ${label} (${viewportName}): ${v.help}\n${where}\n      ${v.helpUrl}`;
      if (BLOCKING_IMPACTS.has(v.impact)) console.error(msg); else console.log(msg);
    }
    return r.violations.filter((v) => BLOCKING_IMPACTS.has(v.impact)).map((v) => ({ ...v, viewport: viewportName }));
  }

  /** Every page visited goes through here: desktop, then phone, then back. */
  async check(page, label) {
    this.count += 1;
    await page.waitForLoadState('load');
    const blocking = await this.checkOnce(page, label, 'desktop');
    await page.setViewportSize(PHONE);
    blocking.push(...(await this.checkOnce(page, label, 'phone')));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.setViewportSize(DESKTOP);
    assert.equal(
      blocking.length, 0,
      `serious/critical accessibility violations on ${label} (${page.url()}):\n` +
        blocking.map((v) => `  [${v.viewport}] ${v.impact} ${v.id}: ${v.help}\n` + v.nodes.map((n) => `      ${n.target}`).join('\n')).join('\n'),
    );
    // WCAG 1.4.10 (reflow): nothing but the tables' own scroll boxes may scroll sideways at 390px.
    assert.ok(overflow <= 0, `${label} scrolls sideways by ${overflow}px at ${PHONE.width}px wide`);
  }

  writeReport() {
    writeFileSync(join(ARTIFACTS, 'axe-report.json'), JSON.stringify(this.results, null, 2));
    const lines = this.results.map((r) => {
      const v = r.violations.map((x) => `${x.impact}:${x.id}`).join(', ') || 'none';
      const i = r.incomplete.map((x) => x.id).join(', ') || 'none';
      return `  ${r.page} [${r.viewport}]: ${r.passes} rules passed; violations: ${v}; needs review: ${i}`;
    });
    console.log(`axe-core ${require('axe-core/package.json').version}, tags ${AXE_TAGS.join(',')}:\n${lines.join('\n')}`);
  }
}

/** Opens a fresh browser context (one per person) that fails on server errors. */
async function personPage(browser, serverErrors) {
  // Kalm's CSP (default-src 'self') blocks inline scripts, and axe-core is
  // injected as one; bypassCSP lets the test inject it.
  const context = await browser.newContext({ viewport: DESKTOP, bypassCSP: true, locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('response', (res) => { if (res.status() >= 500) serverErrors.push(`${res.status()} ${res.request().method()} ${res.url()}`); });
  page.on('pageerror', (err) => serverErrors.push(`page error on ${page.url()}: ${err.message}`));
  return page;
}

async function activationLinkOn(page, origin) {
  const box = page.getByRole('textbox', { name: 'Activation link', exact: true });
  await box.waitFor();
  assert.equal(await box.getAttribute('id'), 'activation-link');
  assert.equal(await box.getAttribute('readonly'), '');
  const link = await page.locator('#activation-link').inputValue();
  assert.match(link, new RegExp(`^${origin.replace(/[.]/g, '\\.')}/activate/[^/\\s]+$`), `unexpected activation link ${link}`);
  return link;
}

async function expectHeading(page, name) {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

test('care platform journey: operator → application manager → professional and client', { timeout: 300_000 }, async (t) => {
  const bin = kalmBinary();
  const missing = missingPrerequisite(bin);
  if (missing) {
    if (REQUIRE_ALL) assert.fail(`KALM_REQUIRE_ALL=1 but ${missing}`);
    console.error(`\n*** SKIPPING the Kalm browser journeys: ${missing} ***\n`);
    t.skip(missing);
    return;
  }
  mkdirSync(ARTIFACTS, { recursive: true });

  const { chromium } = await import('playwright-core');
  const server = new KalmServer(bin);
  const checker = new PageChecker();
  const serverErrors = [];
  let browser = null;
  t.after(async () => {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
    if (checker.results.length) checker.writeReport();
  });

  const operator = { email: 'desk@example.org', password: 'quiet-harbour-maple-97' };
  const manager = { first: 'Mara', last: 'Verhoeven', email: 'mara.verhoeven@example.org', password: 'lantern-orchard-pebble-42' };
  const pro = { first: 'Piet', last: 'Jansen', email: 'piet.jansen@example.org', password: 'copper-meadow-thistle-58' };
  const client = { first: 'Clara', last: 'de Vries', email: 'clara.devries@example.org' };
  const name = (p) => `${p.first} ${p.last}`;

  server.createOperator(operator.email, operator.password);
  await server.start();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const console_ = `http://admin.localhost:${server.port}`;
  const site = `http://journey.localhost:${server.port}`;

  // Later steps depend on earlier ones: after a failure, skip the rest.
  let broken = null;
  const step = (title, fn) => t.test(title, async (st) => {
    if (broken) { st.skip(`an earlier step failed: ${broken}`); return; }
    try {
      await fn(st);
      assert.deepEqual(serverErrors, [], 'server errors or page errors');
    } catch (err) {
      broken = title;
      if (server.exited) console.error(`kalm serve exited ${JSON.stringify(server.exited)}`);
      console.error(`--- last server log lines ---\n${server.logTail.join('\n')}`);
      throw err;
    }
  });

  let desk; let mgr; let proPage;
  let managerLink; let proLink; let clientLink;

  await step('operator logs in on the console with the keyboard only', async () => {
    desk = await personPage(browser, serverErrors);
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
    await Promise.all([desk.waitForURL(`${console_}/`), desk.keyboard.press('Enter')]);
    await expectHeading(desk, 'Platforms');
    await desk.getByText(`Signed in as ${operator.email}`).waitFor();
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
    mgr = await personPage(browser, serverErrors);
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
    await mgr.getByText('No professional is related to this client yet.').waitFor();
    await checker.check(mgr, 'account-client-created');
  });

  await step('application manager relates the client to the professional', async () => {
    const select = mgr.getByRole('combobox', { name: 'Professional', exact: true });
    assert.equal(await select.getAttribute('id'), 'professional_id');
    await select.selectOption({ label: name(pro) });
    await mgr.getByRole('button', { name: 'Relate', exact: true }).click();
    await mgr.waitForURL(/\/accounts\/[0-9a-f-]{36}\?done=relation_added$/);
    await expectHeading(mgr, name(client));
    await mgr.getByRole('status').filter({ hasText: 'The client and the professional are now related.' }).waitFor();
    const pros = mgr.getByRole('region', { name: 'Professionals' });
    await pros.getByRole('listitem').filter({ hasText: name(pro) }).waitFor();
    await pros.getByRole('button', { name: `End relation with ${name(pro)}` }).waitFor();
    await checker.check(mgr, 'account-client-related');
  });

  await step('professional activates their account and logs in', async () => {
    proPage = await personPage(browser, serverErrors);
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
    await proPage.getByText(`Signed in as ${name(pro)}`).waitFor();
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

});
